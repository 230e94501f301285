// learner: optimal
// idiom: Selector struct with impl methods, two Lomuto passes (less-than, then equal) and match on Ordering
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

use std::cmp::Ordering;

struct Selector {
    state: u64,
}

impl Selector {
    fn new() -> Self {
        Selector { state: 88172645463325252 }
    }

    fn pick(&mut self, len: usize) -> usize {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        (self.state % len as u64) as usize
    }

    /// Returns (lt, eq_end): [0, lt) < pivot, [lt, eq_end) == pivot.
    fn partition<T: Ord + Copy>(v: &mut [T], pivot: T) -> (usize, usize) {
        let mut store = 0;
        for i in 0..v.len() {
            if v[i] < pivot {
                v.swap(i, store);
                store += 1;
            }
        }
        let lt = store;
        for i in lt..v.len() {
            if v[i] == pivot {
                v.swap(i, store);
                store += 1;
            }
        }
        (lt, store)
    }

    fn nth<T: Ord + Copy>(&mut self, mut v: &mut [T], mut k: usize) -> T {
        loop {
            let pivot = v[self.pick(v.len())];
            let (lt, eq_end) = Self::partition(v, pivot);
            match (k.cmp(&lt), k.cmp(&eq_end)) {
                (Ordering::Less, _) => v = &mut v[..lt],
                (_, Ordering::Less) => return pivot,
                _ => {
                    k -= eq_end;
                    v = &mut v[eq_end..];
                }
            }
        }
    }
}

fn index_for(n: usize, p: u32) -> usize {
    let rank = (p as usize * n).div_ceil(100);
    rank.saturating_sub(1)
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    match (samples.len(), p) {
        (0, _) => None,
        (_, p) if p > 100 => None,
        (n, p) => Some(Selector::new().nth(samples, index_for(n, p))),
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let mut sel = Selector::new();
    let k99 = index_for(n, 99);
    let k95 = index_for(n, 95);
    let k50 = index_for(n, 50);
    let p99 = sel.nth(samples, k99);
    let p95 = sel.nth(&mut samples[..=k99], k95);
    let p50 = sel.nth(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
