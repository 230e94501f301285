// learner: optimal
// idiom: hint-style: iterative quickselect with a Dutch-national-flag 3-way partition and a xorshift pivot; summary narrows prefixes
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_index(n: usize, p: u32) -> usize {
    ((p as usize * n).div_ceil(100)).max(1) - 1
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

fn select<T: Ord + Copy>(v: &mut [T], k: usize, rng: &mut XorShift) -> T {
    let (mut lo, mut hi) = (0usize, v.len());
    loop {
        if hi - lo == 1 {
            return v[lo];
        }
        let pivot = v[lo + rng.below(hi - lo)];
        // [lo, lt) < pivot, [lt, i) == pivot, [i, gt) unknown, [gt, hi) > pivot
        let (mut lt, mut i, mut gt) = (lo, lo, hi);
        while i < gt {
            if v[i] < pivot {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            } else if v[i] > pivot {
                gt -= 1;
                v.swap(i, gt);
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
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_index(samples.len(), p);
    Some(select(samples, k, &mut XorShift(0x2545_F491_4F6C_DD1D)))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let (k99, k95, k50) = (rank_index(n, 99), rank_index(n, 95), rank_index(n, 50));
    let p99 = select(samples, k99, &mut rng);
    let p95 = select(&mut samples[..=k99], k95, &mut rng);
    let p50 = select(&mut samples[..=k95], k50, &mut rng);
    Some(Summary { p50, p95, p99 })
}
