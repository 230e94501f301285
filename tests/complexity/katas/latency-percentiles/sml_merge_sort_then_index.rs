// learner: slow
// idiom: Standard ML student: "sorting is not allowed" so they write their own top-down merge sort (split, sort halves, merge into a new Vec) and read the ranks off the sorted copy
// why: percentile and summary are O(n log n) time and O(n) extra space vs the O(n) average / O(1) targets: the whole sample is merge-sorted (allocating a Vec per merge) to answer one to three ranks
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn merge<T: Ord + Copy>(a: &[T], b: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if b[j] < a[i] {
            out.push(b[j]);
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

fn msort<T: Ord + Copy>(xs: &[T]) -> Vec<T> {
    match xs.len() {
        0 | 1 => xs.to_vec(),
        n => {
            let (l, r) = xs.split_at(n / 2);
            merge(&msort(l), &msort(r))
        }
    }
}

fn nearest_rank(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

/// The `p`-th percentile of `samples` by the nearest-rank rule.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let sorted = msort(samples);
    samples.copy_from_slice(&sorted);
    Some(sorted[nearest_rank(sorted.len(), p)])
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    Some(Summary {
        p50: percentile(samples, 50)?,
        p95: percentile(samples, 95)?,
        p99: percentile(samples, 99)?,
    })
}
