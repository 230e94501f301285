// learner: slow
// why: percentile/summary are O(n log n) time, target O(n): sorts the whole slice with a hand-written heapsort (sift-down loops) and reads off the ranks
/// The usual latency report.
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

fn at_rank<T: Copy>(sorted: &[T], p: u32) -> T {
    let r = (p as usize * sorted.len()).div_ceil(100).max(1);
    sorted[r - 1]
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    heapsort(samples);
    Some(at_rank(samples, p))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    heapsort(samples);
    Some(Summary { p50: at_rank(samples, 50), p95: at_rank(samples, 95), p99: at_rank(samples, 99) })
}
