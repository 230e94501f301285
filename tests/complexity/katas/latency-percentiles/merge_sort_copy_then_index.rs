// learner: slow
// idiom: Coq-trained formal methods student: the definition taken literally, sort a copy (a hand-written structural merge sort, since sort() is banned) and read the rank off it
// why: percentile and summary are O(n log n) time and O(n) extra space (merge sort of a copy) vs the O(n) average time / O(1) space target
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// Merges two ascending sequences into one ascending sequence.
fn merge<T: Ord + Copy>(a: &[T], b: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] <= b[j] {
            out.push(a[i]);
            i += 1;
        } else {
            out.push(b[j]);
            j += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// An ascending permutation of `v`, by recursion on the length.
fn ordered<T: Ord + Copy>(v: &[T]) -> Vec<T> {
    match v.len() {
        0 | 1 => v.to_vec(),
        n => {
            let (l, r) = v.split_at(n / 2);
            merge(&ordered(l), &ordered(r))
        }
    }
}

fn rank0(n: usize, p: u32) -> usize {
    ((p as usize * n).div_ceil(100)).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let asc = ordered(samples);
    Some(asc[rank0(asc.len(), p)])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let asc = ordered(samples);
    let n = asc.len();
    Some(Summary { p50: asc[rank0(n, 50)], p95: asc[rank0(n, 95)], p99: asc[rank0(n, 99)] })
}
