// learner: optimal
// idiom: heavy generics and traits: a Selection trait implemented for slices, generic helpers for rank and pivot
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

trait PivotSource {
    fn pick(&mut self, len: usize) -> usize;
}

struct XorShift(u64);

impl PivotSource for XorShift {
    fn pick(&mut self, len: usize) -> usize {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x % len as u64) as usize
    }
}

trait Selection<T> {
    fn nth_smallest<P: PivotSource>(&mut self, k: usize, pivots: &mut P) -> T;
}

impl<T: Ord + Copy> Selection<T> for [T] {
    fn nth_smallest<P: PivotSource>(&mut self, k: usize, pivots: &mut P) -> T {
        let mut lo = 0;
        let mut hi = self.len();
        loop {
            let pivot = self[lo + pivots.pick(hi - lo)];
            let (mut lt, mut i, mut gt) = (lo, lo, hi);
            while i < gt {
                if self[i] < pivot {
                    self.swap(lt, i);
                    lt += 1;
                    i += 1;
                } else if self[i] > pivot {
                    gt -= 1;
                    self.swap(i, gt);
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
}

fn nearest_rank(p: u32, n: usize) -> usize {
    let r = (p as u64 * n as u64 + 99) / 100;
    r.max(1) as usize - 1
}

fn select_rank<T: Ord + Copy, S: Selection<T> + ?Sized>(s: &mut S, k: usize) -> T {
    s.nth_smallest(k, &mut XorShift(0x2545_F491_4F6C_DD1D))
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = nearest_rank(p, samples.len());
    Some(select_rank(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let (k99, k95, k50) = (nearest_rank(99, n), nearest_rank(95, n), nearest_rank(50, n));
    let p99 = select_rank(samples, k99);
    let p95 = select_rank(&mut samples[..=k99], k95);
    let p50 = select_rank(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
