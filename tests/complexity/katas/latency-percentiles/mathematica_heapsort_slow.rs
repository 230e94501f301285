// learner: slow
// idiom: Mathematica / Wolfram Language user: "sort is not allowed, so write one": an in-place heapsort (sift-down helper), then read the ranks off the sorted slice
// why: misses O(n) time: a full heapsort makes O(n log n) comparisons to answer about one (or three) ranks; space is O(1)

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn sift_down<T: Ord>(a: &mut [T], mut i: usize, end: usize) {
    loop {
        let l = 2 * i + 1;
        if l >= end {
            return;
        }
        let c = if l + 1 < end && a[l + 1] > a[l] { l + 1 } else { l };
        if a[c] <= a[i] {
            return;
        }
        a.swap(i, c);
        i = c;
    }
}

fn heap_sort<T: Ord>(a: &mut [T]) {
    let n = a.len();
    for i in (0..n / 2).rev() {
        sift_down(a, i, n);
    }
    for end in (1..n).rev() {
        a.swap(0, end);
        sift_down(a, 0, end);
    }
}

fn position(p: u32, n: usize) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

/// The `p`-th percentile of `samples` by the nearest-rank rule.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    heap_sort(samples);
    Some(samples[position(p, samples.len())])
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    heap_sort(samples);
    let n = samples.len();
    Some(Summary { p50: samples[position(50, n)], p95: samples[position(95, n)], p99: samples[position(99, n)] })
}
