// learner: optimal
// idiom: RPG IV: one selection run for all wanted ranks at once: a fixed DIM(8) table of pending (lo, hi) ranges with an entry count, splitting a range only into the sides that still hold a wanted rank
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

const MAX_PEND: usize = 8;

fn rank0(p_n: usize, p_p: u32) -> usize {
    let w_r = (p_n * p_p as usize).div_ceil(100);
    w_r.max(1) - 1
}

// does any wanted rank lie in [lo, hi) ?
fn holds_rank(p_ranks: &[usize], p_lo: usize, p_hi: usize) -> bool {
    let mut ix = 0;
    while ix < p_ranks.len() {
        if p_ranks[ix] >= p_lo && p_ranks[ix] < p_hi {
            return true;
        }
        ix += 1;
    }
    false
}

// afterwards samples[r] holds the value of rank r for every r in p_ranks
// (at most 3 ranks, so at most 3 disjoint ranges are ever pending)
fn multi_select<T: Ord + Copy>(samples: &mut [T], p_ranks: &[usize]) {
    let mut tb_lo = [0usize; MAX_PEND];
    let mut tb_hi = [0usize; MAX_PEND];
    let mut n_pend: usize = 0;
    tb_lo[0] = 0;
    tb_hi[0] = samples.len();
    n_pend = n_pend + 1;
    let mut w_seed: u64 = 88172645463325252;

    while n_pend > 0 {
        n_pend -= 1;
        let w_lo = tb_lo[n_pend];
        let w_hi = tb_hi[n_pend];
        if w_hi - w_lo <= 1 {
            continue;
        }
        w_seed ^= w_seed << 13;
        w_seed ^= w_seed >> 7;
        w_seed ^= w_seed << 17;
        let w_piv = samples[w_lo + (w_seed % (w_hi - w_lo) as u64) as usize];

        // three-way split of [lo, hi)
        let mut w_lt = w_lo;
        let mut w_gt = w_hi;
        let mut ix = w_lo;
        while ix < w_gt {
            if samples[ix] < w_piv {
                samples.swap(ix, w_lt);
                w_lt += 1;
                ix += 1;
            } else if w_piv < samples[ix] {
                w_gt -= 1;
                samples.swap(ix, w_gt);
            } else {
                ix += 1;
            }
        }
        // keep only the sides that still contain a wanted rank
        if holds_rank(p_ranks, w_lo, w_lt) {
            tb_lo[n_pend] = w_lo;
            tb_hi[n_pend] = w_lt;
            n_pend += 1;
        }
        if holds_rank(p_ranks, w_gt, w_hi) {
            tb_lo[n_pend] = w_gt;
            tb_hi[n_pend] = w_hi;
            n_pend += 1;
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let w_k = rank0(samples.len(), p);
    multi_select(samples, &[w_k]);
    Some(samples[w_k])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let w_n = samples.len();
    let ar_k = [rank0(w_n, 50), rank0(w_n, 95), rank0(w_n, 99)];
    multi_select(samples, &ar_k);
    Some(Summary { p50: samples[ar_k[0]], p95: samples[ar_k[1]], p99: samples[ar_k[2]] })
}
