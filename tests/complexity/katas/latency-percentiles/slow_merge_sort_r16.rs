// learner: slow
// why: percentile is O(n log n) time and O(n) space, target O(n)/O(1): a hand-written bottom-up merge sort with a scratch Vec, then read the rank
//! Latency percentiles by selection: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn merge_sort<T: Ord + Copy>(a: &mut [T]) {
    let n = a.len();
    if n < 2 {
        return;
    }
    let mut buf: Vec<T> = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        buf.clear();
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                if a[j] < a[i] {
                    buf.push(a[j]);
                    j += 1;
                } else {
                    buf.push(a[i]);
                    i += 1;
                }
            }
            buf.extend_from_slice(&a[i..mid]);
            buf.extend_from_slice(&a[j..end]);
            start = end;
        }
        a.copy_from_slice(&buf);
        width *= 2;
    }
}

fn rank(n: usize, p: u32) -> usize {
    ((p as usize * n).div_ceil(100)).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    merge_sort(samples);
    Some(samples[rank(samples.len(), p)])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    merge_sort(samples);
    let n = samples.len();
    Some(Summary {
        p50: samples[rank(n, 50)],
        p95: samples[rank(n, 95)],
        p99: samples[rank(n, 99)],
    })
}
