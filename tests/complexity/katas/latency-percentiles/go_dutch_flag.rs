// learner: optimal
// idiom: Go-style: xorshift rng struct, index for-loops, three-way Dutch-flag partition returning (lt, gt), lo/hi loop
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct Rand {
    state: u64,
}

impl Rand {
    fn next(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.state = x;
        x
    }
}

fn rank_index(n: usize, p: u32) -> usize {
    let r = (p as usize * n + 99) / 100;
    if r < 1 {
        return 0;
    }
    r - 1
}

/// Partitions a[lo..=hi] around pivot into [< pivot | == pivot | > pivot].
/// Returns (lt, gt): a[lt..=gt] == pivot.
fn partition3<T: Ord + Copy>(a: &mut [T], lo: usize, hi: usize, pivot: T) -> (usize, usize) {
    let mut lt = lo;
    let mut i = lo;
    let mut gt = hi + 1;
    while i < gt {
        if a[i] < pivot {
            a.swap(lt, i);
            lt += 1;
            i += 1;
        } else if a[i] > pivot {
            gt -= 1;
            a.swap(i, gt);
        } else {
            i += 1;
        }
    }
    (lt, gt - 1)
}

fn select<T: Ord + Copy>(a: &mut [T], k: usize, rng: &mut Rand) -> T {
    let mut lo = 0;
    let mut hi = a.len() - 1;
    loop {
        if lo == hi {
            return a[lo];
        }
        let width = (hi - lo + 1) as u64;
        let pivot = a[lo + (rng.next() % width) as usize];
        let (lt, gt) = partition3(a, lo, hi, pivot);
        if k < lt {
            hi = lt - 1;
        } else if k > gt {
            lo = gt + 1;
        } else {
            return pivot;
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.len() == 0 || p > 100 {
        return None;
    }
    let mut rng = Rand { state: 0x2545_F491_4F6C_DD1D };
    let k = rank_index(samples.len(), p);
    Some(select(samples, k, &mut rng))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let mut rng = Rand { state: 0x9E37_79B9_7F4A_7C15 };
    let k99 = rank_index(n, 99);
    let k95 = rank_index(n, 95);
    let k50 = rank_index(n, 50);
    let p99 = select(samples, k99, &mut rng);
    let p95 = select(&mut samples[..k99 + 1], k95, &mut rng);
    let p50 = select(&mut samples[..k95 + 1], k50, &mut rng);
    Some(Summary { p50: p50, p95: p95, p99: p99 })
}
