// learner: optimal
// idiom: C++-style: iterative quickselect over [lo, hi) index bounds, xorshift64 pivot, Dutch-national-flag 3-way partition with swaps
/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct XorShift(u64);

impl XorShift {
    #[inline]
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

/// Rearranges a[..hi] so that a[k] holds the value of rank k+1; returns it.
fn select<T: Ord + Copy>(a: &mut [T], hi: usize, k: usize, rng: &mut XorShift) -> T {
    let mut lo = 0usize;
    let mut hi = hi;
    loop {
        if hi - lo == 1 {
            return a[lo];
        }
        let pivot = a[lo + (rng.next() % (hi - lo) as u64) as usize];
        let mut lt = lo;
        let mut i = lo;
        let mut gt = hi;
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
        if k < lt {
            hi = lt;
        } else if k >= gt {
            lo = gt;
        } else {
            return pivot;
        }
    }
}

#[inline]
fn rank_index(n: usize, p: u32) -> usize {
    let r = (p as usize * n + 99) / 100;
    if r == 0 { 0 } else { r - 1 }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    let n = samples.len();
    if n == 0 || p > 100 {
        return None;
    }
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D ^ n as u64);
    Some(select(samples, n, rank_index(n, p), &mut rng))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let k99 = rank_index(n, 99);
    let k95 = rank_index(n, 95);
    let k50 = rank_index(n, 50);
    let p99 = select(samples, n, k99, &mut rng);
    // a[..=k99] now holds the k99+1 smallest values
    let p95 = select(samples, k99 + 1, k95, &mut rng);
    let p50 = select(samples, k95 + 1, k50, &mut rng);
    Some(Summary { p50, p95, p99 })
}
