// learner: slow
// idiom: Mojo: bottom-up ping-pong merge sort between the samples and one pre-reserved scratch buffer (SIMD-friendly sequential runs), then read the ranks
// why: sorting the whole window costs O(n log n) comparisons and an O(n) scratch copy to answer three ranks; quickselect needs O(n) time, O(1) space

//! Latency percentiles: see README.md.

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

#[inline(always)]
fn merge_run<T: Ord + Copy>(src: &[T], dst: &mut [T], lo: usize, mid: usize, hi: usize) {
    let (mut i, mut j, mut o) = (lo, mid, lo);
    while i < mid && j < hi {
        if src[j] < src[i] {
            dst[o] = src[j];
            j += 1;
        } else {
            dst[o] = src[i];
            i += 1;
        }
        o += 1;
    }
    while i < mid {
        dst[o] = src[i];
        i += 1;
        o += 1;
    }
    while j < hi {
        dst[o] = src[j];
        j += 1;
        o += 1;
    }
}

fn order_all<T: Ord + Copy>(v: &mut [T]) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut scratch: Vec<T> = Vec::with_capacity(n);
    scratch.extend_from_slice(v);
    let mut width = 1;
    let mut in_v = true; // where the current runs live
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if in_v {
                merge_run(v, &mut scratch, lo, mid, hi);
            } else {
                merge_run(&scratch, v, lo, mid, hi);
            }
            lo = hi;
        }
        in_v = !in_v;
        width *= 2;
    }
    if !in_v {
        v.copy_from_slice(&scratch);
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    order_all(samples);
    Some(samples[rank0(samples.len(), p)])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    order_all(samples);
    Some(Summary {
        p50: samples[rank0(n, 50)],
        p95: samples[rank0(n, 95)],
        p99: samples[rank0(n, 99)],
    })
}
