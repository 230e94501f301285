// learner: optimal
// idiom: Ada-style: checked rank arithmetic, small LCG record, Hoare-style two-pointer partition with an equal-run guard, invariants asserted
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// Linear congruential generator (Knuth MMIX constants); deterministic.
struct Lcg {
    state: u64,
}

impl Lcg {
    fn below(&mut self, bound: usize) -> usize {
        debug_assert!(bound > 0);
        self.state = self
            .state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let high = self.state >> 33;
        // bound fits in u64 on every supported target; the remainder is < bound
        (high % bound as u64) as usize
    }
}

/// 0-based index of the nearest-rank percentile, or None when it cannot be formed.
fn rank_index(count: usize, p: u32) -> Option<usize> {
    if count == 0 || p > 100 {
        return None;
    }
    let scaled = count.checked_mul(p as usize)?;
    let rank = scaled.div_ceil(100).max(1);
    debug_assert!(rank <= count);
    rank.checked_sub(1)
}

/// Places the k-th smallest element at index k and returns it. Requires k < data.len().
fn select_kth<T: Ord + Copy>(data: &mut [T], k: usize) -> T {
    assert!(k < data.len(), "rank out of range");
    let mut rng = Lcg { state: 0x853C_49E6_748F_EA9B };
    let mut lo: usize = 0;
    let mut hi: usize = data.len(); // exclusive
    while hi - lo > 1 {
        let pivot = data[lo + rng.below(hi - lo)];
        // Pass 1: move everything < pivot to the front of [lo, hi).
        let mut less = lo;
        let mut j = lo;
        while j < hi {
            if data[j] < pivot {
                data.swap(less, j);
                less += 1;
            }
            j += 1;
        }
        if k < less {
            hi = less;
            continue;
        }
        // Pass 2 on [less, hi): move everything == pivot next, so a run of equals ends the search.
        let mut equal_end = less;
        let mut m = less;
        while m < hi {
            if data[m] <= pivot {
                data.swap(equal_end, m);
                equal_end += 1;
            }
            m += 1;
        }
        debug_assert!(equal_end > less, "the pivot itself is in the range");
        if k < equal_end {
            return pivot;
        }
        lo = equal_end;
    }
    data[lo]
}

/// The `p`-th percentile of `samples` by the nearest-rank rule: the value of rank
/// `max(1, ceil(p * n / 100))` in ascending order (rank 1 = the smallest).
///
/// Returns `None` if `samples` is empty or `p > 100`. May reorder `samples`.
/// O(n) average time, O(1) extra space; no sorting.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    let k = rank_index(samples.len(), p)?;
    Some(select_kth(samples, k))
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
///
/// May reorder `samples`. O(n) average time, O(1) extra space; no sorting.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    let k99 = rank_index(n, 99)?;
    let k95 = rank_index(n, 95)?;
    let k50 = rank_index(n, 50)?;
    debug_assert!(k50 <= k95 && k95 <= k99 && k99 < n);
    let p99 = select_kth(samples, k99);
    let p95 = match samples.get_mut(..=k99) {
        Some(prefix) => select_kth(prefix, k95),
        None => return None,
    };
    let p50 = match samples.get_mut(..=k95) {
        Some(prefix) => select_kth(prefix, k50),
        None => return None,
    };
    Some(Summary { p50, p95, p99 })
}
