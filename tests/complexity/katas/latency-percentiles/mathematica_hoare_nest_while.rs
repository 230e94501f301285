// learner: optimal
// idiom: Mathematica / Wolfram Language user: Hoare partition quickselect driven by a NestWhile-style helper over the (lo, hi) state, pseudo-random pivot value
// why: Hoare partition splits evenly even on runs of equal latencies, and only the side holding k is kept: O(n) expected comparisons; the state is two indices and a seed, O(1) extra space

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// NestWhile[f, state, test]
fn nest_while<S>(mut state: S, test: impl Fn(&S) -> bool, mut f: impl FnMut(S) -> S) -> S {
    while test(&state) {
        state = f(state);
    }
    state
}

/// Hoare partition of a[lo..=hi] around a[at], which is first moved to a[lo]
/// (a pivot in the first slot guarantees lo <= j < hi, so every round shrinks the range).
/// Returns j with a[lo..=j] <= pivot <= a[j+1..=hi].
fn hoare<T: Ord + Copy>(a: &mut [T], lo: usize, hi: usize, at: usize) -> usize {
    a.swap(lo, at);
    let pivot = a[lo];
    let (mut i, mut j) = (lo, hi);
    loop {
        while a[i] < pivot {
            i += 1;
        }
        while a[j] > pivot {
            j -= 1;
        }
        if i >= j {
            return j;
        }
        a.swap(i, j);
        i += 1;
        j -= 1;
    }
}

/// The value of 0-based rank k.
fn kth<T: Ord + Copy>(a: &mut [T], k: usize) -> T {
    let start = (0usize, a.len() - 1, 0x2545_f491_4f6c_dd1du64);
    let (lo, _, _) = nest_while(
        start,
        |&(lo, hi, _)| lo < hi,
        |(lo, hi, seed)| {
            let seed = seed ^ (seed << 13) ^ ((seed ^ (seed << 13)) >> 7);
            let seed = seed ^ (seed << 17);
            let at = lo + (seed % (hi - lo + 1) as u64) as usize;
            let j = hoare(a, lo, hi, at);
            if k <= j { (lo, j, seed) } else { (j + 1, hi, seed) }
        },
    );
    a[lo]
}

fn rank(p: u32, n: usize) -> usize {
    std::cmp::max(1, (p as usize * n).div_ceil(100)) - 1
}

/// The `p`-th percentile of `samples` by the nearest-rank rule.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    (!samples.is_empty() && p <= 100).then(|| {
        let k = rank(p, samples.len());
        kth(samples, k)
    })
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let k99 = rank(99, n);
    let p99 = kth(samples, k99);
    let k95 = rank(95, n);
    let p95 = kth(&mut samples[..=k99], k95);
    let p50 = kth(&mut samples[..=k95], rank(50, n));
    Some(Summary { p50, p95, p99 })
}
