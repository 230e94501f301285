// learner: optimal
// idiom: C-style: one select fn with lo/hi bounds, LCG pivot state in a local, three-way partition with lt/i/gt indices and swaps, while loops and early returns
//! Latency percentiles by quickselect.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_of(n: usize, p: u32) -> usize {
    // nearest rank, 1-based, then to a 0-based index
    let r = (p as usize * n + 99) / 100;
    if r == 0 { 0 } else { r - 1 }
}

fn select<T: Ord + Copy>(a: &mut [T], k: usize) -> T {
    let mut lo = 0usize;
    let mut hi = a.len(); // exclusive
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15 ^ a.len() as u64;
    while hi - lo > 1 {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let pick = lo + ((seed >> 33) as usize) % (hi - lo);
        let pivot = a[pick];
        let mut lt = lo;
        let mut i = lo;
        let mut gt = hi;
        while i < gt {
            if a[i] < pivot {
                a.swap(i, lt);
                lt += 1;
                i += 1;
            } else if a[i] > pivot {
                gt -= 1;
                a.swap(i, gt);
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
    a[lo]
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_of(samples.len(), p);
    Some(select(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let k99 = rank_of(n, 99);
    let p99 = select(samples, k99);
    let k95 = rank_of(n, 95);
    let p95 = select(&mut samples[..=k99], k95);
    let k50 = rank_of(n, 50);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
