// learner: optimal
// idiom: Lomuto partition with a for loop nested in the narrowing while loop (geometric work); the pivot value is read with `.to_owned()` on ONE sample (a Copy of one T, O(1)), not of the slice; equal-key guard keeps duplicates linear
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_index(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn select<T: Ord + Copy>(s: &mut [T], k: usize) -> T {
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    let (mut lo, mut hi) = (0usize, s.len() - 1); // inclusive bounds
    while lo < hi {
        let r = lo + rng.below(hi - lo + 1);
        s.swap(r, hi);
        let pivot = s[hi].to_owned();
        // Lomuto: s[lo..store] < pivot
        let mut store = lo;
        for j in lo..hi {
            if s[j] < pivot {
                s.swap(store, j);
                store += 1;
            }
        }
        s.swap(store, hi);
        // then gather the keys equal to the pivot right after it, so duplicates do not go quadratic
        let mut eq_end = store + 1;
        for j in store + 1..=hi {
            if s[j] == pivot {
                s.swap(eq_end, j);
                eq_end += 1;
            }
        }
        if k < store {
            hi = store - 1;
        } else if k >= eq_end {
            lo = eq_end;
        } else {
            return pivot;
        }
    }
    s[lo]
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let (k99, k95, k50) = (rank_index(n, 99), rank_index(n, 95), rank_index(n, 50));
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_index(samples.len(), p);
    Some(select(samples, k))
}

