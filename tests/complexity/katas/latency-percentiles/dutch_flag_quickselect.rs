// learner: optimal
// idiom: Crystal-style small methods: rank_index, xorshift pivot, Dutch-flag three-way partition in a while loop over lo/hi
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct XorShift {
    state: u64,
}

impl XorShift {
    fn new() -> XorShift {
        XorShift { state: 0x9E37_79B9_7F4A_7C15 }
    }

    fn below(&mut self, bound: usize) -> usize {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        (self.state % bound as u64) as usize
    }
}

fn rank_index(count: usize, p: u32) -> usize {
    (p as usize * count).div_ceil(100).max(1) - 1
}

/// Puts the value of rank `k` (0-based) at index `k`, smaller ones before it and larger after.
fn select_at<T: Ord + Copy>(items: &mut [T], k: usize, rng: &mut XorShift) -> T {
    let mut lo = 0;
    let mut hi = items.len(); // exclusive
    while hi - lo > 1 {
        let pivot = items[lo + rng.below(hi - lo)];
        // [lo, lt) < pivot, [lt, i) == pivot, [i, gt) unknown, [gt, hi) > pivot
        let mut lt = lo;
        let mut i = lo;
        let mut gt = hi;
        while i < gt {
            if items[i] < pivot {
                items.swap(lt, i);
                lt += 1;
                i += 1;
            } else if items[i] > pivot {
                gt -= 1;
                items.swap(i, gt);
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
    items[k]
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_index(samples.len(), p);
    Some(select_at(samples, k, &mut XorShift::new()))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let mut rng = XorShift::new();
    let k99 = rank_index(n, 99);
    let k95 = rank_index(n, 95);
    let k50 = rank_index(n, 50);
    let p99 = select_at(samples, k99, &mut rng);
    let p95 = select_at(&mut samples[..=k99], k95, &mut rng);
    let p50 = select_at(&mut samples[..=k95], k50, &mut rng);
    Some(Summary { p50, p95, p99 })
}
