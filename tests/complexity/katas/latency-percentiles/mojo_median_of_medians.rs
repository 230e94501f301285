// learner: optimal
// idiom: Mojo: deterministic BFPRT select, groups of 5 ordered in registers-sized chunks in place, medians packed to the front of the buffer
// why: worst-case O(n) comparisons (pivot always splits at least 3/10 off), all work in place; summary narrows prefixes p99 -> p95 -> p50

//! Latency percentiles by selection: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

#[inline(always)]
fn rank0(n: usize, p: u32) -> usize {
    (n * p as usize).div_ceil(100).max(1) - 1
}

/// insertion-order a tiny run v[lo..hi] (at most a handful of items)
#[inline(always)]
fn order_small<T: Ord + Copy>(v: &mut [T], lo: usize, hi: usize) {
    let mut i = lo + 1;
    while i < hi {
        let x = v[i];
        let mut j = i;
        while j > lo && v[j - 1] > x {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
        i += 1;
    }
}

/// value of rank k (0-based) in v; reorders v so that v[k] holds it
fn select<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let mut lo = 0usize;
    let mut hi = v.len();
    loop {
        let len = hi - lo;
        if len <= 10 {
            order_small(v, lo, hi);
            return v[k];
        }
        // medians of full groups of 5 go to v[lo..lo + groups]
        let groups = len / 5;
        let mut g = 0;
        while g < groups {
            let s = lo + 5 * g;
            order_small(v, s, s + 5);
            v.swap(lo + g, s + 2);
            g += 1;
        }
        let pivot = select(&mut v[lo..lo + groups], groups / 2);
        // 3-way partition of v[lo..hi]
        let (mut lt, mut i, mut gt) = (lo, lo, hi);
        while i < gt {
            let x = v[i];
            if x < pivot {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            } else if x > pivot {
                gt -= 1;
                v.swap(i, gt);
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
    let k = rank0(samples.len(), p);
    Some(select(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let k99 = rank0(n, 99);
    let k95 = rank0(n, 95);
    let k50 = rank0(n, 50);
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
