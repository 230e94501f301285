// learner: optimal
// idiom: iterative quickselect over an explicit Window{lo,hi} with a Dutch-national-flag three-way partition, xorshift pivot state struct, nested prefixes for summary
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct XorShift(u64);

impl XorShift {
    fn below(&mut self, bound: usize) -> usize {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x % bound as u64) as usize
    }
}

#[derive(Clone, Copy)]
struct Window {
    lo: usize,
    hi: usize, // exclusive
}

/// Puts the value of 0-based rank `k` at index `k`; everything before it is
/// `<=`, everything after `>=`. O(n) expected, O(1) extra space.
fn select<T: Ord + Copy>(data: &mut [T], k: usize) -> T {
    let mut rng = XorShift(0x2545_f491_4f6c_dd1d ^ data.len() as u64);
    let mut w = Window { lo: 0, hi: data.len() };
    loop {
        if w.hi - w.lo == 1 {
            return data[w.lo];
        }
        let pivot = data[w.lo + rng.below(w.hi - w.lo)];
        // [lo, lt) < pivot, [lt, i) == pivot, [i, gt) unknown, [gt, hi) > pivot
        let mut lt = w.lo;
        let mut i = w.lo;
        let mut gt = w.hi;
        while i < gt {
            match data[i].cmp(&pivot) {
                std::cmp::Ordering::Less => {
                    data.swap(lt, i);
                    lt += 1;
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    gt -= 1;
                    data.swap(i, gt);
                }
                std::cmp::Ordering::Equal => i += 1,
            }
        }
        if k < lt {
            w.hi = lt;
        } else if k >= gt {
            w.lo = gt;
        } else {
            return pivot;
        }
    }
}

fn rank_index(n: usize, p: u32) -> usize {
    let r = (p as usize * n + 99) / 100;
    if r == 0 { 0 } else { r - 1 }
}

/// The `p`-th percentile of `samples` by the nearest-rank rule.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_index(samples.len(), p);
    Some(select(samples, k))
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let k99 = rank_index(n, 99);
    let p99 = select(samples, k99);
    // samples[..=k99] now holds the k99 + 1 smallest values
    let k95 = rank_index(n, 95);
    let p95 = select(&mut samples[..=k99], k95);
    let k50 = rank_index(n, 50);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
