// learner: optimal
// idiom: RPG IV: Hoare-style partition with two index pointers walking towards each other (like matching a file from both ends), pivot at a pseudo-random position, narrowing the (lo, hi) bounds in a DOU loop
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn wanted_ix(p_n: usize, p_p: u32) -> usize {
    let w_rank = (p_n * p_p as usize + 99) / 100;
    if w_rank == 0 {
        0
    } else {
        w_rank - 1
    }
}

// Hoare partition on [lo, hi] (inclusive) around the value at a random
// position; returns j such that [lo, j] <= pivot <= [j+1, hi].
fn hoare<T: Ord + Copy>(ar: &mut [T], p_lo: usize, p_hi: usize, p_rnd: &mut u64) -> usize {
    *p_rnd = p_rnd.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let w_span = (p_hi - p_lo + 1) as u64;
    let w_piv = ar[p_lo + ((*p_rnd >> 33) % w_span) as usize];
    let mut i = p_lo;
    let mut j = p_hi;
    loop {
        while ar[i] < w_piv {
            i += 1;
        }
        while ar[j] > w_piv {
            j -= 1;
        }
        if i >= j {
            return j;
        }
        ar.swap(i, j);
        i += 1;
        j -= 1;
    }
}

fn select_k<T: Ord + Copy>(ar: &mut [T], p_k: usize) -> T {
    let mut w_lo: usize = 0;
    let mut w_hi: usize = ar.len() - 1;
    let mut w_rnd: u64 = 0x2545_F491_4F6C_DD1D ^ ar.len() as u64;
    while w_lo < w_hi {
        let w_j = hoare(ar, w_lo, w_hi, &mut w_rnd);
        if p_k <= w_j {
            w_hi = w_j;
        } else {
            w_lo = w_j + 1;
        }
    }
    ar[p_k]
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if p > 100 || samples.is_empty() {
        return None;
    }
    let w_k = wanted_ix(samples.len(), p);
    Some(select_k(samples, w_k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let w_n = samples.len();
    let (k50, k95, k99) = (wanted_ix(w_n, 50), wanted_ix(w_n, 95), wanted_ix(w_n, 99));
    // p99 first; everything left of it is <= it, so the others live in the prefix
    let v99 = select_k(samples, k99);
    let v95 = select_k(&mut samples[..k99 + 1], k95);
    let v50 = select_k(&mut samples[..k95 + 1], k50);
    Some(Summary { p50: v50, p95: v95, p99: v99 })
}
