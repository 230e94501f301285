// learner: optimal
// idiom: RPG IV: quickselect as a DOW loop over (lo, hi) bounds with a three-way split (lower / equal / higher, like sorting records into three buckets in one pass) and a tiny xorshift for the pivot position
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

// rank (0-based) of the p-th percentile among n samples, nearest-rank rule
fn rank_ix(p_n: usize, p_p: u32) -> usize {
    let w_r = (p_p as usize * p_n).div_ceil(100);
    if w_r < 1 { 0 } else { w_r - 1 }
}

// xorshift64 for the pivot position; fixed seed, no std randomness needed
fn next_rand(p_state: &mut u64) -> u64 {
    let mut x = *p_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *p_state = x;
    x
}

// put the value of rank p_k (0-based) at samples[p_k]; smaller before, larger after
fn select_at<T: Ord + Copy>(samples: &mut [T], p_k: usize) -> T {
    let mut w_lo: usize = 0;
    let mut w_hi: usize = samples.len(); // exclusive
    let mut w_seed: u64 = 0x9E37_79B9_7F4A_7C15;
    loop {
        if w_hi - w_lo <= 1 {
            return samples[p_k];
        }
        let w_pix = w_lo + (next_rand(&mut w_seed) % (w_hi - w_lo) as u64) as usize;
        let w_piv = samples[w_pix];
        // Dutch flag: [lo, lt) < piv, [lt, ix) == piv, (gt, hi) > piv
        let mut w_lt = w_lo;
        let mut ix = w_lo;
        let mut w_gt = w_hi;
        while ix < w_gt {
            if samples[ix] < w_piv {
                samples.swap(w_lt, ix);
                w_lt += 1;
                ix += 1;
            } else if samples[ix] > w_piv {
                w_gt -= 1;
                samples.swap(ix, w_gt);
            } else {
                ix += 1;
            }
        }
        if p_k < w_lt {
            w_hi = w_lt;
        } else if p_k >= w_gt {
            w_lo = w_gt;
        } else {
            return w_piv; // in the equal block
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let w_k = rank_ix(samples.len(), p);
    Some(select_at(samples, w_k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let w_n = samples.len();
    if w_n == 0 {
        return None;
    }
    let k99 = rank_ix(w_n, 99);
    let k95 = rank_ix(w_n, 95);
    let k50 = rank_ix(w_n, 50);
    let p99 = select_at(samples, k99);
    let p95 = select_at(&mut samples[..=k99], k95);
    let p50 = select_at(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
