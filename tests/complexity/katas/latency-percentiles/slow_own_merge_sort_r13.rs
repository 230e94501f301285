// learner: slow
// why: percentile is O(n log n) time and O(n) space, target O(n)/O(1): "no sort allowed" so writes a bottom-up merge sort with a scratch buffer
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn merge_sort<T: Ord + Copy>(a: &mut [T]) {
    let n = a.len();
    if n < 2 {
        return;
    }
    let mut tmp: Vec<T> = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        tmp.clear();
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                if a[j] < a[i] {
                    tmp.push(a[j]);
                    j += 1;
                } else {
                    tmp.push(a[i]);
                    i += 1;
                }
            }
            tmp.extend_from_slice(&a[i..mid]);
            tmp.extend_from_slice(&a[j..end]);
            start = end;
        }
        a.copy_from_slice(&tmp);
        width *= 2;
    }
}

fn rank(p: u32, n: usize) -> usize {
    ((p as usize * n).div_ceil(100)).max(1)
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    merge_sort(samples);
    Some(samples[rank(p, samples.len()) - 1])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    merge_sort(samples);
    Some(Summary {
        p50: samples[rank(50, n) - 1],
        p95: samples[rank(95, n) - 1],
        p99: samples[rank(99, n) - 1],
    })
}
