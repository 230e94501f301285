// learner: optimal
// idiom: Tcl/Tk tools engineer: one iterative quickselect proc with lo/hi bounds and a Dutch-flag partition around the middle element; summary narrows the range p99 -> p95 -> p50
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// 0-based index of the nearest-rank `p`-th percentile among `n` samples.
fn rank_index(n: usize, p: u32) -> usize {
    let rank = (p as usize * n).div_ceil(100);
    rank.max(1) - 1
}

/// Puts the `k`-th smallest of `v` at index `k` (smaller ones before it, larger after)
/// and returns it.
fn select<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let mut lo = 0;
    let mut hi = v.len();
    loop {
        if hi - lo <= 1 {
            return v[lo];
        }
        let pivot = v[lo + (hi - lo) / 2];
        let mut lt = lo;
        let mut i = lo;
        let mut gt = hi;
        while i < gt {
            if v[i] < pivot {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            } else if v[i] > pivot {
                gt -= 1;
                v.swap(i, gt);
            } else {
                i += 1;
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

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_index(samples.len(), p);
    Some(select(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let (k99, k95, k50) = (rank_index(n, 99), rank_index(n, 95), rank_index(n, 50));
    let p99 = select(samples, k99);
    // everything before k99 is <= p99 now, so the smaller ranks live in that prefix
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
