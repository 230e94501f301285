// learner: optimal
// idiom: Raku enthusiast: quickselect with a Dutch-flag three-way split (less / same / more, like a given/when over cmp) and a median-of-three pivot, narrowing a window in a loop; summary selects p99, then p95 and p50 in shrinking prefixes
//! Latency percentiles by selection: see README.md.

use std::cmp::Ordering::*;

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_index(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

fn median3<T: Ord + Copy>(a: T, b: T, c: T) -> T {
    match (a <= b, b <= c, a <= c) {
        (true, true, _) | (false, false, _) => b,
        (true, false, true) | (false, true, false) => c,
        _ => a,
    }
}

/// Puts the k-th smallest at index k (everything before is <=, after is >=) and returns it.
fn select<T: Ord + Copy>(s: &mut [T], k: usize) -> T {
    let (mut lo, mut hi) = (0, s.len());
    loop {
        if hi - lo == 1 {
            return s[lo];
        }
        let pivot = median3(s[lo], s[lo + (hi - lo) / 2], s[hi - 1]);
        // [lo, lt) < pivot, [lt, i) == pivot, [gt, hi) > pivot
        let (mut lt, mut i, mut gt) = (lo, lo, hi);
        while i < gt {
            match s[i].cmp(&pivot) {
                Less => {
                    s.swap(lt, i);
                    lt += 1;
                    i += 1;
                }
                Equal => i += 1,
                Greater => {
                    gt -= 1;
                    s.swap(i, gt);
                }
            }
        }
        match k {
            k if k < lt => hi = lt,
            k if k >= gt => lo = gt,
            _ => return pivot,
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    (!samples.is_empty() && p <= 100).then(|| select(samples, rank_index(samples.len(), p)))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let [i50, i95, i99] = [50, 95, 99].map(|p| rank_index(n, p));
    let p99 = select(samples, i99);
    let p95 = select(&mut samples[..=i99], i95);
    let p50 = select(&mut samples[..=i95], i50);
    Some(Summary { p50, p95, p99 })
}
