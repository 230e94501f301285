// learner: slow
// why: percentile is O(n^2) time on repeated values, target O(n) average: two-way Lomuto quickselect peels one element per round when the range is all one value (whole-millisecond latencies)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn lomuto<T: Ord + Copy>(v: &mut [T], lo: usize, hi: usize, pivot_at: usize) -> usize {
    v.swap(pivot_at, hi);
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
    let mut state: u32 = 2463534242;
    while lo < hi {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let pivot_at = lo + state as usize % (hi - lo + 1);
        let p = lomuto(v, lo, hi, pivot_at);
        if p == k {
            return v[p];
        } else if k < p {
            hi = p - 1;
        } else {
            lo = p + 1;
        }
    }
    v[k]
}

fn rank(n: usize, p: u32) -> usize {
    std::cmp::max(1, (n * p as usize + 99) / 100) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank(samples.len(), p);
    Some(quickselect(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let p99 = quickselect(samples, rank(n, 99));
    let p95 = quickselect(&mut samples[..=rank(n, 99)], rank(n, 95));
    let p50 = quickselect(&mut samples[..=rank(n, 95)], rank(n, 50));
    Some(Summary { p50, p95, p99 })
}
