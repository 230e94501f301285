// learner: optimal
// idiom: slice re-borrowing: the working window is a `&mut [T]` narrowed with split_at_mut/mem::take, match on Ordering, fold over the three ranks
//! Latency percentiles by selection: see README.md.

use std::cmp::Ordering;

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn nearest_rank(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

/// Three-way partition of the whole slice around `pivot`: returns (#less, #less + #equal).
fn three_way<T: Ord + Copy>(v: &mut [T], pivot: T) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 0, v.len());
    while i < gt {
        match v[i].cmp(&pivot) {
            Ordering::Less => {
                v.swap(i, lt);
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
    (lt, gt)
}

fn nth<T: Ord + Copy>(mut window: &mut [T], mut k: usize) -> T {
    let mut x: u32 = 0x9E37_79B9;
    loop {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let pivot = window[x as usize % window.len()];
        let (lt, eq_end) = three_way(window, pivot);
        window = if k < lt {
            &mut std::mem::take(&mut window)[..lt]
        } else if k >= eq_end {
            k -= eq_end;
            &mut std::mem::take(&mut window)[eq_end..]
        } else {
            return pivot;
        };
    }
}

/// The `p`-th percentile of `samples` by the nearest-rank rule: the value of rank
/// `max(1, ceil(p * n / 100))` in ascending order (rank 1 = the smallest).
///
/// Returns `None` if `samples` is empty or `p > 100`. May reorder `samples`.
/// O(n) average time, O(1) extra space; no sorting.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    (!samples.is_empty() && p <= 100).then(|| {
        let k = nearest_rank(samples.len(), p);
        nth(samples, k)
    })
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
///
/// May reorder `samples`. O(n) average time, O(1) extra space; no sorting.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let [k99, k95, k50] = [99, 95, 50].map(|p| nearest_rank(n, p));
    let p99 = nth(samples, k99);
    let p95 = nth(&mut samples[..=k99], k95);
    let p50 = nth(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
