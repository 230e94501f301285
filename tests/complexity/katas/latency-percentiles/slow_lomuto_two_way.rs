// learner: slow
// why: percentile/summary are O(n^2) time on repeated values, target O(n): a 2-way Lomuto partition puts every copy of the pivot on one side, so a run of equal samples shrinks by one per round
/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn lomuto<T: Ord + Copy>(a: &mut [T], pivot_at: usize) -> usize {
    let last = a.len() - 1;
    a.swap(pivot_at, last);
    let pivot = a[last];
    let mut store = 0;
    for i in 0..last {
        if a[i] < pivot {
            a.swap(i, store);
            store += 1;
        }
    }
    a.swap(store, last);
    store
}

fn select<T: Ord + Copy>(a: &mut [T], k: usize) -> T {
    let mut lo = 0;
    let mut hi = a.len();
    let mut seed = 0x1234_5678_9abc_def1u64;
    loop {
        if hi - lo <= 1 {
            return a[lo];
        }
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let at = (seed % (hi - lo) as u64) as usize;
        let p = lo + lomuto(&mut a[lo..hi], at);
        if k == p {
            return a[p];
        } else if k < p {
            hi = p;
        } else {
            lo = p + 1;
        }
    }
}

fn idx(n: usize, p: u32) -> usize {
    ((p as usize * n).div_ceil(100)).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = idx(samples.len(), p);
    Some(select(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let p99 = select(samples, idx(n, 99));
    let p95 = select(&mut samples[..=idx(n, 99)], idx(n, 95));
    let p50 = select(&mut samples[..=idx(n, 95)], idx(n, 50));
    Some(Summary { p50, p95, p99 })
}
