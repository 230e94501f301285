// learner: optimal
// idiom: C++-style: comparator-generic select (like std::nth_element with a Compare), Hoare-style partition on pivot-at-front, summary = three independent selects
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct XorShift(u64);

impl XorShift {
    fn next_below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % bound as u64) as usize
    }
}

fn select_by<T: Copy, C: Fn(&T, &T) -> Ordering>(v: &mut [T], k: usize, cmp: C) -> T {
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    let (mut lo, mut hi) = (0, v.len() - 1);
    while lo < hi {
        let p = lo + rng.next_below(hi - lo + 1);
        v.swap(lo, p);
        let pivot = v[lo];
        // three-way partition of v[lo+1..=hi] around pivot
        let (mut lt, mut i, mut gt) = (lo, lo + 1, hi + 1);
        while i < gt {
            match cmp(&v[i], &pivot) {
                Ordering::Less => {
                    v.swap(i, lt);
                    lt += 1;
                    i += 1;
                }
                Ordering::Greater => {
                    gt -= 1;
                    v.swap(i, gt);
                }
                Ordering::Equal => i += 1,
            }
        }
        if k < lt {
            hi = lt - 1;
        } else if k >= gt {
            lo = gt;
        } else {
            return pivot;
        }
    }
    v[k]
}

fn nearest_rank(n: usize, p: u32) -> usize {
    ((p as u64 * n as u64).div_ceil(100).max(1) - 1) as usize
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = nearest_rank(samples.len(), p);
    Some(select_by(samples, k, T::cmp))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    Some(Summary {
        p50: percentile(samples, 50)?,
        p95: percentile(samples, 95)?,
        p99: percentile(samples, 99)?,
    })
}
