// learner: optimal
// idiom: Forth-style: explicit lo/hi loop, xorshift seed as a state cell, Dutch-national-flag three-way partition with lt/i/gt counters
//! Latency percentiles by selection: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_index(n: usize, p: u32) -> usize {
    let r = (p as usize * n + 99) / 100;
    if r == 0 { 0 } else { r - 1 }
}

fn xorshift(s: &mut u64) -> u64 {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    *s
}

/// Value that would sit at index `k` of `a` if sorted; reorders `a`.
fn select<T: Ord + Copy>(a: &mut [T], k: usize) -> T {
    let mut lo = 0usize;
    let mut hi = a.len(); // exclusive
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    loop {
        if hi - lo == 1 {
            return a[lo];
        }
        let pick = lo + (xorshift(&mut seed) % (hi - lo) as u64) as usize;
        let pivot = a[pick];
        // [lo, lt) < pivot, [lt, i) == pivot, (gt, hi) > pivot
        let mut lt = lo;
        let mut i = lo;
        let mut gt = hi;
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
        if k < lt {
            hi = lt;
        } else if k >= gt {
            lo = gt;
        } else {
            return pivot;
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_index(samples.len(), p);
    Some(select(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let k99 = rank_index(n, 99);
    let k95 = rank_index(n, 95);
    let k50 = rank_index(n, 50);
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
