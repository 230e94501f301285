// learner: slow
// why: percentile/summary are O(n^2) time on many equal samples, target O(n): a two-way Lomuto partition puts every item equal to the pivot on one side, so a run of equal latencies shrinks by one per round
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn index_for(n: usize, p: u32) -> usize {
    let rank = (n * p as usize).div_ceil(100);
    rank.max(1) - 1
}

fn partition<T: Ord + Copy>(xs: &mut [T], lo: usize, hi: usize, pivot_at: usize) -> usize {
    // Lomuto: pivot goes to the end, smaller ones to the front
    xs.swap(pivot_at, hi);
    let pivot = xs[hi];
    let mut store = lo;
    for i in lo..hi {
        if xs[i] < pivot {
            xs.swap(i, store);
            store += 1;
        }
    }
    xs.swap(store, hi);
    store
}

fn kth<T: Ord + Copy>(xs: &mut [T], k: usize) -> T {
    let mut state = 88172645463325252u64;
    let mut lo = 0;
    let mut hi = xs.len() - 1;
    while lo < hi {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let pick = lo + (state % (hi - lo + 1) as u64) as usize;
        let at = partition(xs, lo, hi, pick);
        if at == k {
            return xs[at];
        } else if k < at {
            hi = at - 1;
        } else {
            lo = at + 1;
        }
    }
    xs[k]
}

/// The `p`-th percentile of `samples` by the nearest-rank rule.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = index_for(samples.len(), p);
    Some(kth(samples, k))
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let p99 = kth(samples, index_for(n, 99));
    let p95 = kth(samples, index_for(n, 95));
    let p50 = kth(samples, index_for(n, 50));
    Some(Summary { p50, p95, p99 })
}
