// learner: slow
// idiom: RPG IV: a bottom-up merge sort done like a classic two-file match/merge: runs of width 1, 2, 4, ... merged from the array into a work array and back, then the wanted element read by index
// why: fully sorts the samples for every call: O(n log n) comparisons (and an O(n) work array) where quickselect needs O(n) average and O(1) space
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_ix(p_n: usize, p_p: u32) -> usize {
    let w_r = (p_p as usize * p_n + 99) / 100;
    if w_r == 0 { 0 } else { w_r - 1 }
}

fn merge_sorta<T: Ord + Copy>(ar: &mut [T]) {
    let w_n = ar.len();
    if w_n < 2 {
        return;
    }
    let mut wk: Vec<T> = Vec::with_capacity(w_n);
    let mut w_width: usize = 1;
    while w_width < w_n {
        wk.clear();
        let mut w_lo: usize = 0;
        while w_lo < w_n {
            let w_mid = (w_lo + w_width).min(w_n);
            let w_hi = (w_lo + 2 * w_width).min(w_n);
            // match/merge the two runs [lo, mid) and [mid, hi)
            let mut ia = w_lo;
            let mut ib = w_mid;
            while ia < w_mid && ib < w_hi {
                if ar[ib] < ar[ia] {
                    wk.push(ar[ib]);
                    ib += 1;
                } else {
                    wk.push(ar[ia]);
                    ia += 1;
                }
            }
            while ia < w_mid {
                wk.push(ar[ia]);
                ia += 1;
            }
            while ib < w_hi {
                wk.push(ar[ib]);
                ib += 1;
            }
            w_lo = w_hi;
        }
        ar.copy_from_slice(&wk);
        w_width *= 2;
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    merge_sorta(samples);
    Some(samples[rank_ix(samples.len(), p)])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let w_n = samples.len();
    if w_n == 0 {
        return None;
    }
    merge_sorta(samples);
    Some(Summary {
        p50: samples[rank_ix(w_n, 50)],
        p95: samples[rank_ix(w_n, 95)],
        p99: samples[rank_ix(w_n, 99)],
    })
}
