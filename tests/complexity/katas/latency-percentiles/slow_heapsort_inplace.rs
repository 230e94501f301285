// learner: slow
// why: summary is O(n log n) time, target O(n): "no sort allowed" so it heapsorts the slice in place by hand, O(1) space but a log factor too many comparisons
//! Latency percentiles by selection: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn sift<T: Ord>(a: &mut [T], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && a[child] < a[child + 1] {
            child += 1;
        }
        if a[root] >= a[child] {
            break;
        }
        a.swap(root, child);
        root = child;
    }
}

fn heapsort<T: Ord>(a: &mut [T]) {
    let n = a.len();
    for i in (0..n / 2).rev() {
        sift(a, i, n);
    }
    for end in (1..n).rev() {
        a.swap(0, end);
        sift(a, 0, end);
    }
}

fn idx(n: usize, p: u32) -> usize {
    let r = (p as usize * n + 99) / 100;
    if r == 0 { 0 } else { r - 1 }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    heapsort(samples);
    Some(samples[idx(samples.len(), p)])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    heapsort(samples);
    let n = samples.len();
    Some(Summary { p50: samples[idx(n, 50)], p95: samples[idx(n, 95)], p99: samples[idx(n, 99)] })
}
