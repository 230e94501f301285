// learner: optimal
// idiom: Mojo: iterative quickselect over (lo, hi) bounds, Dutch-flag 3-way partition in place, xorshift pivot, tiny inline helpers
// why: average n + n/2 + ... < 2n per select; summary narrows the prefix p99 -> p95 -> p50; O(1) extra space

//! Latency percentiles by selection: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

#[inline(always)]
fn rank_index(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

#[inline(always)]
fn xorshift(state: &mut u64) -> u64 {
    let mut x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *state = x;
    x
}

/// Puts the k-th smallest of `v` at `v[k]`, smaller-or-equal before it,
/// larger-or-equal after it.
fn select<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut lo = 0usize;
    let mut hi = v.len(); // exclusive
    loop {
        if hi - lo == 1 {
            return v[lo];
        }
        let pivot = v[lo + (xorshift(&mut seed) % (hi - lo) as u64) as usize];
        // [lo, lt) < pivot, [lt, i) == pivot, [gt, hi) > pivot
        let mut lt = lo;
        let mut i = lo;
        let mut gt = hi;
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
