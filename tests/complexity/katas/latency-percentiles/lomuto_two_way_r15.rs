// learner: slow
// why: percentile is O(n^2) time on repeated values, target O(n): two-way Lomuto partition sends every copy of the pivot to one side, so long runs of equal latencies shrink by one per round
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn lomuto<T: Ord + Copy>(xs: &mut [T], lo: usize, hi: usize, pivot_at: usize) -> usize {
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

fn quickselect<T: Ord + Copy>(xs: &mut [T], k: usize) -> T {
    let (mut lo, mut hi) = (0, xs.len() - 1);
    let mut state: u32 = 12345;
    while lo < hi {
        state = state.wrapping_mul(1103515245).wrapping_add(12345);
        let pivot_at = lo + (state as usize >> 8) % (hi - lo + 1);
        let p = lomuto(xs, lo, hi, pivot_at);
        if p == k {
            return xs[p];
        } else if k < p {
            hi = p - 1;
        } else {
            lo = p + 1;
        }
    }
    xs[k]
}

fn index_for(n: usize, p: u32) -> usize {
    ((p as usize * n).div_ceil(100)).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = index_for(samples.len(), p);
    Some(quickselect(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let p99 = quickselect(samples, index_for(n, 99));
    let p95 = quickselect(samples, index_for(n, 95));
    let p50 = quickselect(samples, index_for(n, 50));
    Some(Summary { p50, p95, p99 })
}
