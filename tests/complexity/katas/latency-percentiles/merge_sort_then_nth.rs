// learner: slow
// idiom: Clojure developer: "just sort it" with a hand-written persistent-style merge sort (split, recurse, merge into fresh vectors), then nth at the rank; summary sorts once per percentile like three dashboard panels
// why: percentile is O(n log n) comparisons and O(n) extra space (merge sort copies), summary does it three times; the target is O(n) average time and O(1) space with selection
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn merge<T: Ord + Copy>(left: Vec<T>, right: Vec<T>) -> Vec<T> {
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut l, mut r) = (left.into_iter().peekable(), right.into_iter().peekable());
    while let (Some(a), Some(b)) = (l.peek(), r.peek()) {
        out.push(if b < a { r.next().unwrap() } else { l.next().unwrap() });
    }
    out.extend(l);
    out.extend(r);
    out
}

fn merge_sorted<T: Ord + Copy>(xs: &[T]) -> Vec<T> {
    if xs.len() <= 1 {
        return xs.to_vec();
    }
    let (a, b) = xs.split_at(xs.len() / 2);
    merge(merge_sorted(a), merge_sorted(b))
}

fn nearest_rank(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1)
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let ordered = merge_sorted(samples);
    samples.copy_from_slice(&ordered);
    ordered.get(nearest_rank(ordered.len(), p) - 1).copied()
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    Some(Summary {
        p50: percentile(samples, 50)?,
        p95: percentile(samples, 95)?,
        p99: percentile(samples, 99)?,
    })
}
