// learner: optimal
// idiom: embedded-style: iterative quickselect over lo/hi, Dutch-flag 3-way partition with lt/i/gt indices, xorshift64 pivot state passed by &mut u64
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn xs(s: &mut u64) -> u64 {
    let mut x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *s = x;
    x
}

fn rank_idx(n: usize, p: u32) -> usize {
    let r = (p as usize * n + 99) / 100;
    if r == 0 { 0 } else { r - 1 }
}

/// value that would sit at index k of a[..hi]
fn select<T: Ord + Copy>(a: &mut [T], k: usize, hi_excl: usize, seed: &mut u64) -> T {
    let mut lo = 0usize;
    let mut hi = hi_excl; // exclusive
    loop {
        if hi - lo <= 1 {
            return a[lo];
        }
        let pi = lo + (xs(seed) % (hi - lo) as u64) as usize;
        let pv = a[pi];
        let mut lt = lo;
        let mut i = lo;
        let mut gt = hi;
        while i < gt {
            if a[i] < pv {
                a.swap(lt, i);
                lt += 1;
                i += 1;
            } else if a[i] > pv {
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
            return pv;
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    let n = samples.len();
    if n == 0 || p > 100 {
        return None;
    }
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let k = rank_idx(n, p);
    Some(select(samples, k, n, &mut seed))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let k99 = rank_idx(n, 99);
    let k95 = rank_idx(n, 95);
    let k50 = rank_idx(n, 50);
    let v99 = select(samples, k99, n, &mut seed);
    let v95 = select(samples, k95, k99 + 1, &mut seed);
    let v50 = select(samples, k50, k95 + 1, &mut seed);
    Some(Summary { p50: v50, p95: v95, p99: v99 })
}
