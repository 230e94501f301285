// learner: slow
// idiom: Mojo: in-place hand-rolled heapsort of the flat buffer (no std sort, no allocation), then read the ranks off
// why: a full heapsort costs O(n log n) comparisons to answer three ranks; quickselect needs only O(n)

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
fn sift<T: Ord + Copy>(v: &mut [T], mut i: usize, n: usize) {
    loop {
        let l = 2 * i + 1;
        if l >= n {
            return;
        }
        let mut c = l;
        if l + 1 < n && v[l + 1] > v[l] {
            c = l + 1;
        }
        if v[c] > v[i] {
            v.swap(c, i);
            i = c;
        } else {
            return;
        }
    }
}

fn heap_order<T: Ord + Copy>(v: &mut [T]) {
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift(v, i, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift(v, 0, end);
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    heap_order(samples);
    Some(samples[rank0(samples.len(), p)])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    heap_order(samples);
    Some(Summary {
        p50: samples[rank0(n, 50)],
        p95: samples[rank0(n, 95)],
        p99: samples[rank0(n, 99)],
    })
}
