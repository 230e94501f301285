// learner: optimal
// idiom: Coq-trained formal methods student: a separate partition lemma returning (lt, gt), then quickselect by recursion on strictly shorter subslices, median-of-three pivot
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// Nearest-rank rule, as a 0-based index: `max(1, ceil(p * n / 100)) - 1`.
fn nearest_rank(n: usize, p: u32) -> usize {
    ((p as usize * n).div_ceil(100)).max(1) - 1
}

/// Median of three values.
fn median3<T: Ord + Copy>(a: T, b: T, c: T) -> T {
    match (a <= b, b <= c, a <= c) {
        (true, true, _) | (false, false, _) => b,
        (true, false, true) | (false, true, false) => c,
        _ => a,
    }
}

/// Post: `v[..lt] < pivot`, `v[lt..gt] == pivot`, `v[gt..] > pivot`; `v` is a permutation
/// of its old contents.
fn partition3<T: Ord + Copy>(v: &mut [T], pivot: T) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 0, v.len());
    while i < gt {
        match v[i].cmp(&pivot) {
            std::cmp::Ordering::Less => {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                gt -= 1;
                v.swap(i, gt);
            }
            std::cmp::Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

/// Pre: `k < v.len()`. Post: `v[k]` is the element of rank `k`, `v[..k] <= v[k] <= v[k+1..]`.
/// Decreasing measure: `v.len()` (the pivot block `lt..gt` is never empty).
fn select<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let n = v.len();
    if n == 1 {
        return v[0];
    }
    let pivot = median3(v[0], v[n / 2], v[n - 1]);
    let (lt, gt) = partition3(v, pivot);
    if k < lt {
        select(&mut v[..lt], k)
    } else if k < gt {
        pivot
    } else {
        select(&mut v[gt..], k - gt)
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    match (samples.len(), p) {
        (0, _) => None,
        (_, p) if p > 100 => None,
        (n, p) => Some(select(samples, nearest_rank(n, p))),
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let [k50, k95, k99] = [50, 95, 99].map(|p| nearest_rank(n, p));
    // k50 <= k95 <= k99, and select leaves the prefix below each chosen rank.
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
