// learner: optimal
// idiom: C-ish index loops: Hoare-style two-way partition with median-of-three plus random perturbation, early exit on equal block, while-true over (lo, hi)
//! Latency percentiles by selection: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// Selects rank k of v[lo..hi] in place. Uses a Bentley-McIlroy style three-way split
/// done in two passes: first move everything < pivot to the front, then everything == pivot after it.
fn nth<T: Ord + Copy>(v: &mut [T], k: usize, rng: &mut Rng) -> T {
    let mut lo = 0;
    let mut hi = v.len();
    while hi - lo > 1 {
        let a = lo + rng.below(hi - lo);
        let b = lo + rng.below(hi - lo);
        let c = lo + rng.below(hi - lo);
        // median of three random picks
        let (x, y, z) = (v[a], v[b], v[c]);
        let pivot = if x < y {
            if y < z { y } else if x < z { z } else { x }
        } else if x < z {
            x
        } else if y < z {
            z
        } else {
            y
        };
        let mut store = lo;
        for i in lo..hi {
            if v[i] < pivot {
                v.swap(i, store);
                store += 1;
            }
        }
        let less_end = store;
        if k < less_end {
            hi = less_end;
            continue;
        }
        for i in less_end..hi {
            if v[i] == pivot {
                v.swap(i, store);
                store += 1;
            }
        }
        if k < store {
            return pivot;
        }
        lo = store;
    }
    v[lo]
}

fn idx(n: usize, p: u32) -> usize {
    ((p as usize * n + 99) / 100).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = idx(samples.len(), p);
    Some(nth(samples, k, &mut Rng(samples.len() as u64 ^ 0xABCD)))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let mut rng = Rng(n as u64 ^ 0x5EED);
    let k99 = idx(n, 99);
    let p99 = nth(samples, k99, &mut rng);
    let k95 = idx(n, 95);
    let p95 = nth(&mut samples[..=k99], k95, &mut rng);
    let k50 = idx(n, 50);
    let p50 = nth(&mut samples[..=k95], k50, &mut rng);
    Some(Summary { p50, p95, p99 })
}
