// learner: slow
// why: percentile/summary are O(n^2) time (comparisons) on samples with many equal values, target O(n): the two-way Lomuto partition sends every item equal to the pivot to one side, so a run of r equal latencies shrinks by one per round, O(r^2)
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

#[inline(always)]
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Lomuto: pivot moved to `hi`, smaller items gathered in front, pivot dropped in between.
#[inline]
fn lomuto<T: Ord>(v: &mut [T], lo: usize, hi: usize, pivot_at: usize) -> usize {
    v.swap(pivot_at, hi);
    let mut store = lo;
    for i in lo..hi {
        if v[i] < v[hi] {
            v.swap(i, store);
            store += 1;
        }
    }
    v.swap(store, hi);
    store
}

fn quickselect<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let (mut lo, mut hi) = (0, v.len() - 1);
    let mut round = 0u64;
    while lo < hi {
        round += 1;
        let pick = lo + (mix(round ^ v.len() as u64) % (hi - lo + 1) as u64) as usize;
        let p = lomuto(v, lo, hi, pick);
        if k == p {
            return v[p];
        } else if k < p {
            hi = p - 1;
        } else {
            lo = p + 1;
        }
    }
    v[k]
}

#[inline]
fn target_index(n: usize, p: u32) -> usize {
    ((p as usize * n).div_ceil(100)).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = target_index(samples.len(), p);
    Some(quickselect(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let k99 = target_index(n, 99);
    let k95 = target_index(n, 95);
    let k50 = target_index(n, 50);
    let p99 = quickselect(samples, k99);
    let p95 = quickselect(&mut samples[..=k99], k95);
    let p50 = quickselect(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
