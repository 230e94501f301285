// learner: slow
// why: percentile is O(n) space, target O(1): functional quickselect that filters into new less/equal/greater Vecs each round
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn select<T: Ord + Copy>(items: &[T], k: usize) -> T {
    let mut current: Vec<T> = items.iter().copied().collect();
    let mut k = k;
    let mut seed = 0x1234_5678_9abc_def1u64;
    loop {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let pivot = current[(seed % current.len() as u64) as usize];
        let less: Vec<T> = current.iter().copied().filter(|&x| x < pivot).collect();
        let equal = current.iter().filter(|&&x| x == pivot).count();
        if k < less.len() {
            current = less;
        } else if k < less.len() + equal {
            return pivot;
        } else {
            k -= less.len() + equal;
            current = current.into_iter().filter(|&x| x > pivot).collect();
        }
    }
}

fn rank(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    Some(select(samples, rank(samples.len(), p)))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    Some(Summary {
        p50: select(samples, rank(n, 50)),
        p95: select(samples, rank(n, 95)),
        p99: select(samples, rank(n, 99)),
    })
}
