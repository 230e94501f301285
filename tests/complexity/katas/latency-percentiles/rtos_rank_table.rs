// learner: optimal
// idiom: embedded-style: const table of percentiles walked high-to-low over a shrinking prefix, select on a window struct, Lcg pivot, while loops only
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

const REPORT: [u32; 3] = [99, 95, 50];

#[derive(Clone, Copy)]
struct Window {
    lo: usize,
    hi: usize, // exclusive
}

const fn nearest_rank(n: usize, p: u32) -> usize {
    let r = (p as usize * n).div_ceil(100);
    if r == 0 { 0 } else { r - 1 }
}

struct Lcg(u64);

impl Lcg {
    fn below(&mut self, bound: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % bound
    }
}

fn select<T: Ord + Copy>(buf: &mut [T], k: usize, rng: &mut Lcg) -> T {
    let mut w = Window { lo: 0, hi: buf.len() };
    while w.hi - w.lo > 1 {
        let pivot = buf[w.lo + rng.below(w.hi - w.lo)];
        // [lo, less) < pivot, [less, scan) == pivot, [more, hi) > pivot
        let mut less = w.lo;
        let mut scan = w.lo;
        let mut more = w.hi;
        while scan < more {
            match buf[scan].cmp(&pivot) {
                core::cmp::Ordering::Less => {
                    buf.swap(less, scan);
                    less += 1;
                    scan += 1;
                }
                core::cmp::Ordering::Greater => {
                    more -= 1;
                    buf.swap(scan, more);
                }
                core::cmp::Ordering::Equal => scan += 1,
            }
        }
        w = if k < less {
            Window { lo: w.lo, hi: less }
        } else if k >= more {
            Window { lo: more, hi: w.hi }
        } else {
            Window { lo: k, hi: k + 1 }
        };
    }
    buf[k]
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        None
    } else {
        let k = nearest_rank(samples.len(), p);
        let mut rng = Lcg(0xDEAD_BEEF ^ samples.len() as u64);
        Some(select(samples, k, &mut rng))
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let mut rng = Lcg(0x1234_5678 ^ n as u64);
    let mut out = [samples[0]; 3];
    let mut prefix = n;
    let mut slot = 0;
    while slot < REPORT.len() {
        let k = nearest_rank(n, REPORT[slot]);
        out[slot] = select(&mut samples[..prefix], k, &mut rng);
        prefix = k + 1;
        slot += 1;
    }
    Some(Summary { p99: out[0], p95: out[1], p50: out[2] })
}
