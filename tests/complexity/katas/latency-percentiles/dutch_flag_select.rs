// learner: optimal
// idiom: three-way (Dutch flag) partition, xorshift pivot, loop over (lo, hi) bounds with helper fns
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
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

/// Moves the k-th smallest element of `v` to index k; everything before it is <= it.
fn select<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let (mut lo, mut hi) = (0usize, v.len());
    loop {
        if hi - lo <= 1 {
            return v[k];
        }
        let pivot = v[lo + (rng.next() % (hi - lo) as u64) as usize];
        // [lo, lt) < pivot, [lt, i) == pivot, [gt, hi) > pivot
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
    Some(select(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let (k50, k95, k99) = (rank_index(n, 50), rank_index(n, 95), rank_index(n, 99));
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
