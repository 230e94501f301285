// learner: optimal
// idiom: Raku enthusiast: a random pivot from a tiny xorshift (Raku's .pick), a generic partition_by(predicate) helper used twice (< pivot, then == pivot) to split the slice, and the search narrowed by re-slicing with std::mem::take
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
    fn pick(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Moves every element satisfying keep to the front; returns how many there are.
fn partition_by<T: Copy>(s: &mut [T], keep: impl Fn(&T) -> bool) -> usize {
    let mut front = 0;
    for i in 0..s.len() {
        if keep(&s[i]) {
            s.swap(front, i);
            front += 1;
        }
    }
    front
}

fn nth_smallest<T: Ord + Copy>(mut s: &mut [T], mut k: usize, rng: &mut XorShift) -> T {
    loop {
        let pivot = s[rng.pick(s.len())];
        let below = partition_by(s, |x| *x < pivot);
        let same = partition_by(&mut s[below..], |x| *x == pivot);
        if k < below {
            s = &mut std::mem::take(&mut s)[..below];
        } else if k < below + same {
            return pivot;
        } else {
            k -= below + same;
            s = &mut std::mem::take(&mut s)[below + same..];
        }
    }
}

fn rank_of(n: usize, p: u32) -> usize {
    ((p as usize * n).div_ceil(100)).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    let n = samples.len();
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15 ^ n as u64);
    (n > 0 && p <= 100).then(|| nth_smallest(samples, rank_of(n, p), &mut rng))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D ^ n as u64);
    let mut prefix = n;
    let mut pick = |p: u32| {
        let k = rank_of(n, p);
        let v = nth_smallest(&mut samples[..prefix], k, &mut rng);
        prefix = k + 1;
        v
    };
    let (p99, p95, p50) = (pick(99), pick(95), pick(50));
    Some(Summary { p50, p95, p99 })
}
