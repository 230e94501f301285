//! Latency percentiles by quickselect: O(n) average, no sorting.

use std::cmp::Ordering;

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// Zero-based index of the nearest-rank `p`-th percentile among `n` values (n > 0, p <= 100).
fn rank_index(n: usize, p: u32) -> usize {
    let rank = (p as usize * n).div_ceil(100).max(1);
    rank - 1
}

/// A tiny xorshift generator with a fixed seed: random pivots defeat ordered inputs, and a
/// fixed seed keeps every run reproducible.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// The middle one of three values: a pivot that is rarely extreme.
fn median_of_three<T: Ord + Copy>(a: T, b: T, c: T) -> T {
    if a < b {
        if b < c {
            b
        } else if a < c {
            c
        } else {
            a
        }
    } else if a < c {
        a
    } else if b < c {
        c
    } else {
        b
    }
}

/// Rearranges `v` so that `v[k]` holds the value it would have if `v` were sorted, everything
/// before it is `<=` and everything after it `>=`; returns that value. `k < v.len()`.
///
/// Quickselect: partition around a pivot (the median of three random samples; three ways, so runs of equal latencies are
/// settled at once) and continue only in the part that contains `k`. Expected work
/// n + n/2 + n/4 + ... = O(n).
fn select<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let (mut lo, mut hi) = (0, v.len());
    loop {
        let pivot = median_of_three(
            v[lo + rng.below(hi - lo)],
            v[lo + rng.below(hi - lo)],
            v[lo + rng.below(hi - lo)],
        );
        // v[lo..lt] < pivot, v[lt..i] == pivot, v[i..gt] unseen, v[gt..hi] > pivot.
        let (mut lt, mut i, mut gt) = (lo, lo, hi);
        while i < gt {
            match v[i].cmp(&pivot) {
                Ordering::Less => {
                    v.swap(lt, i);
                    lt += 1;
                    i += 1;
                }
                Ordering::Greater => {
                    gt -= 1;
                    v.swap(i, gt);
                }
                Ordering::Equal => i += 1,
            }
        }
        if k < lt {
            hi = lt;
        } else if k >= gt {
            lo = gt;
        } else {
            return pivot;
        }
    }
}

/// The `p`-th percentile of `samples` by the nearest-rank rule: the value of rank
/// `max(1, ceil(p * n / 100))` in ascending order (rank 1 = the smallest).
///
/// Returns `None` if `samples` is empty or `p > 100`. May reorder `samples`.
/// O(n) average time, O(1) extra space.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_index(samples.len(), p);
    Some(select(samples, k))
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
///
/// May reorder `samples`. O(n) average time, O(1) extra space.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let (k50, k95, k99) = (rank_index(n, 50), rank_index(n, 95), rank_index(n, 99));
    // After selecting k99, samples[..=k99] holds the k99 + 1 smallest values, so the lower
    // percentiles can be selected inside that prefix, and so on: each pass works on less.
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
