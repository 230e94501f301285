// learner: optimal
// idiom: Mathematica / Wolfram Language user: iterative quickselect over (lo, hi) with a three-way (Dutch flag) partition, xorshift pivot, the summary selecting p99 then p95, p50 in shrinking prefixes
// why: each round keeps only the side holding the rank, n + n/2 + ... = O(n) expected comparisons; a few indices of state, O(1) extra space; equal latencies end the search in the == block

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// Nearest-rank index (0-based) of the p-th percentile among n samples.
fn rank_index(p: u32, n: usize) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

/// Puts the value of rank k+1 at index k, smaller ones before, larger after.
fn select<T: Ord + Copy>(a: &mut [T], k: usize) -> T {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut random = move |bound: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % bound as u64) as usize
    };
    let (mut lo, mut hi) = (0, a.len()); // half-open range that holds rank k
    loop {
        let pivot = a[lo + random(hi - lo)];
        // a[lo..lt] < pivot, a[lt..i] == pivot, a[gt..hi] > pivot
        let (mut lt, mut i, mut gt) = (lo, lo, hi);
        while i < gt {
            match a[i].cmp(&pivot) {
                std::cmp::Ordering::Less => {
                    a.swap(lt, i);
                    lt += 1;
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    gt -= 1;
                    a.swap(i, gt);
                }
                std::cmp::Ordering::Equal => i += 1,
            }
        }
        match k {
            k if k < lt => hi = lt,
            k if k >= gt => lo = gt,
            _ => return pivot,
        }
    }
}

/// The `p`-th percentile of `samples` by the nearest-rank rule.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    match (samples.len(), p) {
        (0, _) => None,
        (_, p) if p > 100 => None,
        (n, p) => Some(select(samples, rank_index(p, n))),
    }
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let (k99, k95, k50) = (rank_index(99, n), rank_index(95, n), rank_index(50, n));
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
