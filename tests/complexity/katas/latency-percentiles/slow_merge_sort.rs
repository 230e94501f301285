// learner: slow
// why: summary is O(n log n) time and O(n) space, target O(n)/O(1): top-down merge sort with a scratch Vec, then read the ranks
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn merge_sort<T: Ord + Copy>(v: &mut [T], scratch: &mut Vec<T>) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], scratch);
    merge_sort(&mut v[mid..], scratch);
    scratch.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n {
        if v[i] <= v[j] {
            scratch.push(v[i]);
            i += 1;
        } else {
            scratch.push(v[j]);
            j += 1;
        }
    }
    scratch.extend_from_slice(&v[i..mid]);
    scratch.extend_from_slice(&v[j..n]);
    v.copy_from_slice(scratch);
}

fn at_percent<T: Copy>(sorted: &[T], p: u32) -> T {
    let n = sorted.len();
    let rank = (p as usize * n).div_ceil(100).max(1);
    sorted[rank - 1]
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let mut scratch = Vec::with_capacity(samples.len());
    merge_sort(samples, &mut scratch);
    Some(at_percent(samples, p))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let mut scratch = Vec::with_capacity(samples.len());
    merge_sort(samples, &mut scratch);
    Some(Summary {
        p50: at_percent(samples, 50),
        p95: at_percent(samples, 95),
        p99: at_percent(samples, 99),
    })
}
