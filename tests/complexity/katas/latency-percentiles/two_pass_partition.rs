// learner: optimal
// idiom: struct with impl helpers; two Lomuto passes (less-than, then equal) for a 3-way split; LCG pivot; summary = three independent selections
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct Selector {
    seed: u64,
}

impl Selector {
    fn new() -> Self {
        Selector { seed: 88172645463325252 }
    }

    fn random_in(&mut self, lo: usize, hi: usize) -> usize {
        self.seed = self.seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        lo + ((self.seed >> 33) as usize) % (hi - lo)
    }

    /// moves every element matching pred to the front of v[from..to]; returns the end of that block
    fn gather_front<T: Copy>(v: &mut [T], from: usize, to: usize, pred: impl Fn(&T) -> bool) -> usize {
        let mut store = from;
        for i in from..to {
            if pred(&v[i]) {
                v.swap(store, i);
                store += 1;
            }
        }
        store
    }

    fn nth<T: Ord + Copy>(&mut self, v: &mut [T], k: usize) -> T {
        let mut from = 0;
        let mut to = v.len();
        while to - from > 1 {
            let pivot = v[self.random_in(from, to)];
            let less_end = Self::gather_front(v, from, to, |x| *x < pivot);
            let equal_end = Self::gather_front(v, less_end, to, |x| *x == pivot);
            if k < less_end {
                to = less_end;
            } else if k < equal_end {
                return pivot;
            } else {
                from = equal_end;
            }
        }
        v[from]
    }
}

fn target_index(len: usize, p: u32) -> usize {
    let rank = (p as usize * len + 99) / 100;
    if rank == 0 { 0 } else { rank - 1 }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if p > 100 || samples.len() == 0 {
        return None;
    }
    let k = target_index(samples.len(), p);
    Some(Selector::new().nth(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let p50 = percentile(samples, 50)?;
    let p95 = percentile(samples, 95)?;
    let p99 = percentile(samples, 99)?;
    Some(Summary { p50, p95, p99 })
}
