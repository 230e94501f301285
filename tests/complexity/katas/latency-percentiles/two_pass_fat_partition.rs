// learner: optimal
// idiom: embedded-ish: two-pass fat partition (for loop moves < to front, second for loop packs == after it), match on cmp(), LCG pivot, summary via a fixed [u32; 3] table of percents
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

use std::cmp::Ordering;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn kth<T: Ord + Copy>(a: &mut [T], k: usize, g: &mut Lcg) -> T {
    let mut lo = 0usize;
    let mut hi = a.len();
    while hi - lo > 1 {
        let pv = a[lo + (g.next() as usize) % (hi - lo)];
        // pass 1: [lo, m1) < pv
        let mut m1 = lo;
        for j in lo..hi {
            if a[j] < pv {
                a.swap(j, m1);
                m1 += 1;
            }
        }
        // pass 2: [m1, m2) == pv
        let mut m2 = m1;
        for j in m1..hi {
            match a[j].cmp(&pv) {
                Ordering::Equal => {
                    a.swap(j, m2);
                    m2 += 1;
                }
                _ => {}
            }
        }
        if k < m1 {
            hi = m1;
        } else if k < m2 {
            return pv;
        } else {
            lo = m2;
        }
    }
    a[lo]
}

fn idx(n: usize, p: u32) -> usize {
    let r = (n * p as usize).div_ceil(100);
    if r < 1 { 0 } else { r - 1 }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = idx(samples.len(), p);
    let mut g = Lcg(12345);
    Some(kth(samples, k, &mut g))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    const PS: [u32; 3] = [99, 95, 50];
    let mut out = [samples[0]; 3];
    let mut lim = n;
    let mut g = Lcg(777);
    let mut t = 0;
    while t < 3 {
        let k = idx(n, PS[t]);
        out[t] = kth(&mut samples[..lim], k, &mut g);
        lim = k + 1;
        t += 1;
    }
    Some(Summary { p50: out[2], p95: out[1], p99: out[0] })
}
