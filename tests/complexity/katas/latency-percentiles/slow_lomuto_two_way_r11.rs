// learner: slow
// why: percentile is O(n^2) time on runs of equal samples, target O(n): two-way Lomuto partition sends every equal to one side, so a run of equals shrinks by one per round
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn index_for(n: usize, p: u32) -> Option<usize> {
    if n == 0 || p > 100 {
        return None;
    }
    let rank = (n.checked_mul(p as usize)?).div_ceil(100);
    Some(if rank == 0 { 0 } else { rank - 1 })
}

/// Lomuto partition of [lo, hi] around data[hi]; returns the pivot's final index.
fn lomuto<T: Ord + Copy>(data: &mut [T], lo: usize, hi: usize) -> usize {
    let pivot = data[hi];
    let mut store = lo;
    let mut j = lo;
    while j < hi {
        if data[j] <= pivot {
            data.swap(store, j);
            store += 1;
        }
        j += 1;
    }
    data.swap(store, hi);
    store
}

fn select<T: Ord + Copy>(data: &mut [T], k: usize) -> T {
    let mut state: u64 = 0xDEAD_BEEF_CAFE_F00D;
    let mut lo: usize = 0;
    let mut hi: usize = data.len() - 1;
    while lo < hi {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let r = lo + (state % (hi - lo + 1) as u64) as usize;
        data.swap(r, hi);
        let p = lomuto(data, lo, hi);
        if k == p {
            return data[p];
        } else if k < p {
            hi = p - 1;
        } else {
            lo = p + 1;
        }
    }
    data[lo]
}

/// The `p`-th percentile of `samples` by the nearest-rank rule: the value of rank
/// `max(1, ceil(p * n / 100))` in ascending order (rank 1 = the smallest).
///
/// Returns `None` if `samples` is empty or `p > 100`. May reorder `samples`.
/// O(n) average time, O(1) extra space; no sorting.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    let k = index_for(samples.len(), p)?;
    Some(select(samples, k))
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
///
/// May reorder `samples`. O(n) average time, O(1) extra space; no sorting.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    let k99 = index_for(n, 99)?;
    let k95 = index_for(n, 95)?;
    let k50 = index_for(n, 50)?;
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
