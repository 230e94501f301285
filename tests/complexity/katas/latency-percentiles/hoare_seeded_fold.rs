// learner: optimal
// idiom: Erlang veteran: Hoare two-pointer partition (equal keys split both ways), {Lo, Hi} bounds threaded through a loop like a tail-recursive select/4, summary folded over a rank list
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// Tiny deterministic PRNG state (splitmix64), like a seed carried in a process loop.
struct Seed(u64);

impl Seed {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// Hoare partition of v[lo..=hi] around v[lo]; returns j with v[lo..=j] <= pivot <= v[j+1..=hi].
fn hoare<T: Ord + Copy>(v: &mut [T], lo: usize, hi: usize) -> usize {
    let pivot = v[lo];
    let (mut i, mut j) = (lo, hi);
    loop {
        while v[i] < pivot {
            i += 1;
        }
        while v[j] > pivot {
            j -= 1;
        }
        if i >= j {
            return j;
        }
        v.swap(i, j);
        i += 1;
        j -= 1;
    }
}

fn nth<T: Ord + Copy>(v: &mut [T], k: usize, seed: &mut Seed) -> T {
    let (mut lo, mut hi) = (0, v.len() - 1);
    while lo < hi {
        let r = lo + (seed.next() % (hi - lo + 1) as u64) as usize;
        v.swap(lo, r);
        let j = hoare(v, lo, hi);
        (lo, hi) = if k <= j { (lo, j) } else { (j + 1, hi) };
    }
    v[k]
}

fn index_of(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = index_of(samples.len(), p);
    Some(nth(samples, k, &mut Seed(k as u64 ^ 0xdead_beef)))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let mut seed = Seed(n as u64);
    // select p99, then p95 inside the prefix ending at p99, then p50 inside p95's prefix
    let [p99, p95, p50] = [99u32, 95, 50].map(|p| index_of(n, p)).map({
        let mut limit = n;
        move |k| {
            let v = nth(&mut samples[..limit], k, &mut seed);
            limit = k + 1;
            v
        }
    });
    Some(Summary { p50, p95, p99 })
}
