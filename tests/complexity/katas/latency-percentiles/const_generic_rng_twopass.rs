// learner: optimal
// idiom: C++ template flavour: a const-generic XorShift<A, B, C> policy type, #[inline] partition helpers returning split points, two-pass (less / equal) partition, narrowing a &mut slice window in a loop
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct XorShift<const A: u32, const B: u32, const C: u32> {
    s: u64,
}

impl<const A: u32, const B: u32, const C: u32> XorShift<A, B, C> {
    #[inline(always)]
    const fn seeded(s: u64) -> Self {
        Self { s: if s == 0 { 0x9E37_79B9_7F4A_7C15 } else { s } }
    }

    #[inline(always)]
    fn below(&mut self, bound: usize) -> usize {
        self.s ^= self.s << A;
        self.s ^= self.s >> B;
        self.s ^= self.s << C;
        (self.s % bound as u64) as usize
    }
}

type Rng = XorShift<13, 7, 17>;

/// Moves every x < pivot to the front; returns how many there are.
#[inline]
fn gather_less<T: Ord>(v: &mut [T], pivot: &T) -> usize {
    let mut store = 0;
    for i in 0..v.len() {
        if v[i] < *pivot {
            v.swap(store, i);
            store += 1;
        }
    }
    store
}

/// Moves every x == pivot (given that none is smaller) to the front; returns the count.
#[inline]
fn gather_equal<T: Ord>(v: &mut [T], pivot: &T) -> usize {
    let mut store = 0;
    for i in 0..v.len() {
        if !(*pivot < v[i]) {
            v.swap(store, i);
            store += 1;
        }
    }
    store
}

/// Value of rank `k` (0-based) of `v`; leaves v[..k] <= v[k] as a side effect.
fn nth<T: Ord + Copy>(v: &mut [T], mut k: usize) -> T {
    let mut rng = Rng::seeded(v.len() as u64 ^ 0xA076_1D64_78BD_642F);
    let mut base = 0usize;
    let mut len = v.len();
    loop {
        let w = &mut v[base..base + len];
        if len == 1 {
            return w[0];
        }
        let pivot = w[rng.below(len)];
        let less = gather_less(w, &pivot);
        if k < less {
            len = less;
            continue;
        }
        let equal = gather_equal(&mut w[less..], &pivot);
        if k < less + equal {
            return pivot;
        }
        base += less + equal;
        len -= less + equal;
        k -= less + equal;
    }
}

#[inline(always)]
const fn nearest_rank(n: usize, p: u32) -> usize {
    let r = (p as usize * n + 99) / 100;
    if r == 0 { 0 } else { r - 1 }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    match (samples.len(), p) {
        (0, _) => None,
        (_, p) if p > 100 => None,
        (n, p) => Some(nth(samples, nearest_rank(n, p))),
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    const PS: [u32; 3] = [99, 95, 50];
    let mut out = [samples[0]; 3];
    let mut bound = n;
    for (slot, &p) in PS.iter().enumerate() {
        let k = nearest_rank(n, p);
        out[slot] = nth(&mut samples[..bound], k);
        bound = k + 1;
    }
    Some(Summary { p99: out[0], p95: out[1], p50: out[2] })
}
