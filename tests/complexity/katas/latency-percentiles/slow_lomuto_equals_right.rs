// learner: slow
// why: summary is O(n^2) time on runs of equal samples, target O(n): two-way Lomuto partition puts every equal item on one side, so a run shrinks by one per round
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn lomuto<T: Ord + Copy>(v: &mut [T], lo: usize, hi: usize, pick: usize) -> usize {
    // v[lo..=hi], pivot moved to hi; returns the pivot's final position
    v.swap(pick, hi);
    let pivot = v[hi];
    let mut store = lo;
    for i in lo..hi {
        if v[i] < pivot {
            v.swap(i, store);
            store += 1;
        }
    }
    v.swap(store, hi);
    store
}

fn quickselect<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let mut lo = 0;
    let mut hi = v.len() - 1;
    let mut x: u64 = 88172645463325252;
    while lo < hi {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let pick = lo + (x % (hi - lo + 1) as u64) as usize;
        let at = lomuto(v, lo, hi, pick);
        if at == k {
            return v[at];
        } else if k < at {
            hi = at - 1;
        } else {
            lo = at + 1;
        }
    }
    v[k]
}

fn rank0(p: u32, n: usize) -> usize {
    ((p as usize * n).div_ceil(100)).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    Some(quickselect(samples, rank0(p, samples.len())))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let k99 = rank0(99, n);
    let p99 = quickselect(samples, k99);
    let k95 = rank0(95, n);
    let p95 = quickselect(&mut samples[..=k99], k95);
    let p50 = quickselect(&mut samples[..=k95], rank0(50, n));
    Some(Summary { p50, p95, p99 })
}
