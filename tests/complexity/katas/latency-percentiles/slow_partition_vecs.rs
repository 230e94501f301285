// learner: slow
// why: percentile is O(n) space, target O(1): functional quickselect that partitions into freshly collected Vecs each round
//! Latency percentiles by selection.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn kth_smallest<T: Ord + Copy>(items: Vec<T>, k: usize, seed: u64) -> T {
    let seed = seed.wrapping_mul(0x5851_f42d_4c95_7f2d).wrapping_add(0x1405_7b7e_f767_814f);
    let pivot = items[((seed >> 33) % items.len() as u64) as usize];
    let (below, rest): (Vec<T>, Vec<T>) = items.into_iter().partition(|x| *x < pivot);
    if k < below.len() {
        return kth_smallest(below, k, seed);
    }
    let k = k - below.len();
    let (equal, above): (Vec<T>, Vec<T>) = rest.into_iter().partition(|x| *x == pivot);
    if k < equal.len() {
        pivot
    } else {
        kth_smallest(above, k - equal.len(), seed)
    }
}

fn rank(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let all: Vec<T> = samples.iter().copied().collect();
    Some(kth_smallest(all, rank(samples.len(), p), 7))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    let get = |p: u32| {
        let copy: Vec<T> = samples.iter().copied().collect();
        kth_smallest(copy, rank(n, p), u64::from(p))
    };
    (n > 0).then(|| Summary { p50: get(50), p95: get(95), p99: get(99) })
}
