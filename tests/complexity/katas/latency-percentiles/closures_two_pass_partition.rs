// learner: optimal
// idiom: closure-based rng + two Lomuto passes (< pivot, then == pivot) for a three-way split, loop with (lo, hi) tuple, summary via an iterator over [99, 95, 50] shrinking the prefix
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn nearest_rank_index(len: usize, p: u32) -> usize {
    (p as usize * len).div_ceil(100).max(1) - 1
}

fn quickselect<T: Ord + Copy>(xs: &mut [T], k: usize) -> T {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut rand_in = |lo: usize, hi: usize| {
        seed ^= seed << 7;
        seed ^= seed >> 9;
        lo + (seed % (hi - lo) as u64) as usize
    };

    // moves every item for which `keep` is true to the front of xs[lo..hi],
    // returns where the rest starts
    let move_front = |xs: &mut [T], lo: usize, hi: usize, keep: &dyn Fn(&T) -> bool| {
        let mut store = lo;
        for i in lo..hi {
            if keep(&xs[i]) {
                xs.swap(store, i);
                store += 1;
            }
        }
        store
    };

    let (mut lo, mut hi) = (0, xs.len());
    loop {
        if hi - lo <= 1 {
            return xs[lo];
        }
        let pivot = xs[rand_in(lo, hi)];
        let less_end = move_front(xs, lo, hi, &|x| *x < pivot);
        let equal_end = move_front(xs, less_end, hi, &|x| *x == pivot);
        match k {
            k if k < less_end => hi = less_end,
            k if k >= equal_end => lo = equal_end,
            _ => return pivot,
        }
    }
}

/// The `p`-th percentile of `samples` by the nearest-rank rule.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    (p <= 100 && !samples.is_empty()).then(|| {
        let k = nearest_rank_index(samples.len(), p);
        quickselect(samples, k)
    })
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    // biggest rank first, then keep working inside the prefix that holds the smaller ones
    let mut prefix_end = n;
    let mut got = [99u32, 95, 50].map(|p| {
        let k = nearest_rank_index(n, p);
        let v = quickselect(&mut samples[..prefix_end], k);
        prefix_end = k + 1;
        v
    });
    got.reverse();
    let [p50, p95, p99] = got;
    Some(Summary { p50, p95, p99 })
}
