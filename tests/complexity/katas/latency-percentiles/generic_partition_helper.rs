// learner: optimal
// idiom: generic partition_in_place<T, F: FnMut(&T) -> bool> helper used twice per round (less, then equal), bounds as a lo/hi window, summary folds over [99, 95, 50] shrinking the prefix
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank(p: u32, n: usize) -> usize {
    let r = (p as u64 * n as u64 + 99) / 100;
    (r as usize).max(1)
}

/// Moves every element satisfying `pred` to the front; returns how many there are.
fn partition_in_place<T, F>(s: &mut [T], mut pred: F) -> usize
where
    F: FnMut(&T) -> bool,
{
    let mut store = 0;
    for i in 0..s.len() {
        if pred(&s[i]) {
            s.swap(store, i);
            store += 1;
        }
    }
    store
}

struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn kth<T: Ord + Copy>(s: &mut [T], k: usize) -> T {
    let mut rng = Lcg(s.len() as u64 + 1);
    let mut lo = 0;
    let mut hi = s.len();
    loop {
        let pivot = s[lo + rng.below(hi - lo)];
        let less = partition_in_place(&mut s[lo..hi], |x| *x < pivot);
        let equal = partition_in_place(&mut s[lo + less..hi], |x| *x == pivot);
        let (eq_start, eq_end) = (lo + less, lo + less + equal);
        if k < eq_start {
            hi = eq_start;
        } else if k >= eq_end {
            lo = eq_end;
        } else {
            return pivot;
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if p > 100 || samples.is_empty() {
        None
    } else {
        let k = rank(p, samples.len()) - 1;
        Some(kth(samples, k))
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    let first = *samples.first()?;
    // Select p99 in the whole slice, then p95 and p50 inside ever shorter prefixes.
    let (_, [v99, v95, v50]) = [99u32, 95, 50].iter().enumerate().fold(
        (n, [first; 3]),
        |(prefix, mut got), (slot, &p)| {
            let k = rank(p, n) - 1;
            got[slot] = kth(&mut samples[..prefix], k);
            (k + 1, got)
        },
    );
    Some(Summary { p50: v50, p95: v95, p99: v99 })
}
