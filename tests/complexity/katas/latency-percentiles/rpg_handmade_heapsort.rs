// learner: slow
// idiom: RPG IV: no SORTA allowed, so a hand-written in-place heapsort of the whole array (DOW loops, swap through a work field), then read the wanted element by index
// why: sorts all n samples to answer one rank: O(n log n) comparisons per call instead of O(n) average for quickselect
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn sink<T: Ord + Copy>(ar: &mut [T], p_ix: usize, p_n: usize) {
    let mut ix = p_ix;
    loop {
        let w_l = 2 * ix + 1;
        if w_l >= p_n {
            break;
        }
        let mut w_c = w_l;
        if w_l + 1 < p_n && ar[w_l + 1] > ar[w_l] {
            w_c = w_l + 1;
        }
        if ar[w_c] > ar[ix] {
            let w_tmp = ar[ix];
            ar[ix] = ar[w_c];
            ar[w_c] = w_tmp;
            ix = w_c;
        } else {
            break;
        }
    }
}

// ascending heapsort, in place
fn heap_sorta<T: Ord + Copy>(ar: &mut [T]) {
    let w_n = ar.len();
    let mut ix = w_n / 2;
    while ix > 0 {
        ix -= 1;
        sink(ar, ix, w_n);
    }
    let mut w_end = w_n;
    while w_end > 1 {
        w_end -= 1;
        ar.swap(0, w_end);
        sink(ar, 0, w_end);
    }
}

fn rank_ix(p_n: usize, p_p: u32) -> usize {
    ((p_p as usize * p_n).div_ceil(100)).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    heap_sorta(samples);
    Some(samples[rank_ix(samples.len(), p)])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    heap_sorta(samples);
    let w_n = samples.len();
    Some(Summary {
        p50: samples[rank_ix(w_n, 50)],
        p95: samples[rank_ix(w_n, 95)],
        p99: samples[rank_ix(w_n, 99)],
    })
}
