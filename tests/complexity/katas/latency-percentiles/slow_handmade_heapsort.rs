// learner: slow
// why: percentile is O(n log n) time, target O(n): sort is banned, so it heap-sorts the samples by hand and reads the rank off
//! Latency percentiles by selection.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn sift_down<T: Ord + Copy>(a: &mut [T], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && a[child] < a[child + 1] {
            child += 1;
        }
        if a[root] >= a[child] {
            return;
        }
        a.swap(root, child);
        root = child;
    }
}

fn heapsort<T: Ord + Copy>(a: &mut [T]) {
    let n = a.len();
    for start in (0..n / 2).rev() {
        sift_down(a, start, n);
    }
    for end in (1..n).rev() {
        a.swap(0, end);
        sift_down(a, 0, end);
    }
}

fn rank(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    heapsort(samples);
    samples.get(rank(samples.len(), p)).copied()
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    heapsort(samples);
    let n = samples.len();
    let at = |p| samples[rank(n, p)];
    Some(Summary { p50: at(50), p95: at(95), p99: at(99) })
}
