// learner: optimal
// idiom: a Selector struct with methods; median-of-three of random positions, two-pass partition (less-than then equal) with a for loop
//! Latency percentiles by selection: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct Selector {
    rng: u64,
}

impl Selector {
    fn new() -> Self {
        Selector { rng: 0x9E37_79B9_7F4A_7C15 }
    }

    fn next(&mut self, bound: usize) -> usize {
        self.rng ^= self.rng << 7;
        self.rng ^= self.rng >> 9;
        (self.rng % bound as u64) as usize
    }

    fn median3<T: Ord + Copy>(a: T, b: T, c: T) -> T {
        if a < b {
            if b < c { b } else if a < c { c } else { a }
        } else if a < c {
            a
        } else if b < c {
            c
        } else {
            b
        }
    }

    /// Returns the value that belongs at index `k` of `xs` in sorted order.
    fn kth<T: Ord + Copy>(&mut self, xs: &mut [T], k: usize) -> T {
        let (mut lo, mut hi) = (0, xs.len());
        while hi - lo > 2 {
            let len = hi - lo;
            let pivot = Self::median3(
                xs[lo + self.next(len)],
                xs[lo + self.next(len)],
                xs[lo + self.next(len)],
            );
            // pass 1: move everything < pivot to the front
            let mut store = lo;
            for i in lo..hi {
                if xs[i] < pivot {
                    xs.swap(i, store);
                    store += 1;
                }
            }
            let less_end = store;
            if k < less_end {
                hi = less_end;
                continue;
            }
            // pass 2: among the rest, move everything == pivot (i.e. not > pivot) next
            for i in less_end..hi {
                if !(pivot < xs[i]) {
                    xs.swap(i, store);
                    store += 1;
                }
            }
            if k < store {
                return pivot;
            }
            lo = store;
        }
        if hi - lo == 2 && xs[lo + 1] < xs[lo] {
            xs.swap(lo, lo + 1);
        }
        xs[k]
    }
}

fn position(n: usize, p: u32) -> usize {
    let r = (p as usize * n).div_ceil(100);
    r.saturating_sub(1)
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if p > 100 || samples.is_empty() {
        return None;
    }
    let k = position(samples.len(), p);
    Some(Selector::new().kth(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let mut sel = Selector::new();
    let k99 = position(n, 99);
    let k95 = position(n, 95);
    let k50 = position(n, 50);
    let p99 = sel.kth(samples, k99);
    let p95 = sel.kth(&mut samples[..=k99], k95);
    let p50 = sel.kth(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
