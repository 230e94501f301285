// learner: slow
// why: summary is O(n^2) time on many equal samples, target O(n): two-way Lomuto partition sends every sample equal to the pivot to one side, so a run of equal latencies shrinks by one per round
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct Xs(u64);

impl Xs {
    fn pick(&mut self, lo: usize, hi: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        lo + (self.0 % (hi - lo + 1) as u64) as usize
    }
}

/// Lomuto: pivot moved to `hi`, everything `< pivot` to the front; returns the pivot's slot.
fn lomuto<T: Ord + Copy>(buf: &mut [T], lo: usize, hi: usize, rng: &mut Xs) -> usize {
    let pick = rng.pick(lo, hi);
    buf.swap(pick, hi);
    let pivot = buf[hi];
    let mut store = lo;
    let mut scan = lo;
    while scan < hi {
        if buf[scan] < pivot {
            buf.swap(store, scan);
            store += 1;
        }
        scan += 1;
    }
    buf.swap(store, hi);
    store
}

fn select<T: Ord + Copy>(buf: &mut [T], k: usize, rng: &mut Xs) -> T {
    let mut lo = 0usize;
    let mut hi = buf.len() - 1;
    while lo < hi {
        let at = lomuto(buf, lo, hi, rng);
        if at == k {
            break;
        } else if k < at {
            hi = at - 1;
        } else {
            lo = at + 1;
        }
    }
    buf[k]
}

const fn rank(n: usize, p: u32) -> usize {
    let r = (p as usize * n).div_ceil(100);
    if r == 0 { 0 } else { r - 1 }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let mut rng = Xs(0x5EED_0001);
    Some(select(samples, rank(samples.len(), p), &mut rng))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let mut rng = Xs(0x5EED_0002);
    let k = [rank(n, 99), rank(n, 95), rank(n, 50)];
    let p99 = select(samples, k[0], &mut rng);
    let p95 = select(&mut samples[..=k[0]], k[1], &mut rng);
    let p50 = select(&mut samples[..=k[1]], k[2], &mut rng);
    Some(Summary { p50, p95, p99 })
}
