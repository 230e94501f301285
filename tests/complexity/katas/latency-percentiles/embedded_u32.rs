// learner: optimal
// idiom: embedded C: u32 indices and lengths, xorshift32 with multiply-shift range reduction, Dutch-flag partition in one while loop, all inline in select_at
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_index(n: usize, p: u32) -> usize {
    let r = ((p as u64 * n as u64) + 99) / 100;
    (r.max(1) - 1) as usize
}

fn select_at<T: Ord + Copy>(a: &mut [T], want: u32, rng: &mut u32) -> T {
    let mut lo: u32 = 0;
    let mut hi: u32 = a.len() as u32;
    while hi - lo > 1 {
        let mut x = *rng;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        *rng = x;
        let span = hi - lo;
        let pi = lo + ((x as u64 * span as u64) >> 32) as u32;
        let pv = a[pi as usize];
        let mut lt = lo;
        let mut i = lo;
        let mut gt = hi;
        while i < gt {
            let v = a[i as usize];
            if v < pv {
                a.swap(i as usize, lt as usize);
                lt += 1;
                i += 1;
            } else if v > pv {
                gt -= 1;
                a.swap(i as usize, gt as usize);
            } else {
                i += 1;
            }
        }
        if want < lt {
            hi = lt;
        } else if want >= gt {
            lo = gt;
        } else {
            return pv;
        }
    }
    a[lo as usize]
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.len() == 0 || p > 100 {
        return None;
    }
    let mut rng: u32 = 0xA341_316C;
    let k = rank_index(samples.len(), p) as u32;
    Some(select_at(samples, k, &mut rng))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let mut rng: u32 = 0xC801_3EA4;
    let k99 = rank_index(n, 99) as u32;
    let k95 = rank_index(n, 95) as u32;
    let k50 = rank_index(n, 50) as u32;
    let p99 = select_at(samples, k99, &mut rng);
    let p95 = select_at(&mut samples[..(k99 + 1) as usize], k95, &mut rng);
    let p50 = select_at(&mut samples[..(k95 + 1) as usize], k50, &mut rng);
    Some(Summary { p50, p95, p99 })
}
