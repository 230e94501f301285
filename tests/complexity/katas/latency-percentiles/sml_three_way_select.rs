// learner: optimal
// idiom: Standard ML student: a recursive select on ever smaller subslices with a Dutch-flag (less | equal | greater) partition, rank arithmetic in a separate pure function
// why:
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// Nearest rank, 0-based: max(1, ceil(p*n/100)) - 1.
fn rank(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

/// Splits xs around `pivot` into  < pivot | == pivot | > pivot ; returns (lt, gt) boundaries.
fn partition<T: Ord + Copy>(xs: &mut [T], pivot: T) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 0, xs.len());
    while i < gt {
        match xs[i].cmp(&pivot) {
            std::cmp::Ordering::Less => {
                xs.swap(lt, i);
                lt += 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                gt -= 1;
                xs.swap(i, gt);
            }
            std::cmp::Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

/// The element of 0-based rank k; afterwards xs[..k] are all <= it.
fn select<T: Ord + Copy>(xs: &mut [T], k: usize) -> T {
    let pivot = xs[xs.len() / 2];
    let (lt, gt) = partition(xs, pivot);
    if k < lt {
        select(&mut xs[..lt], k)
    } else if k < gt {
        pivot
    } else {
        select(&mut xs[gt..], k - gt)
    }
}

/// The `p`-th percentile of `samples` by the nearest-rank rule.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    match (samples.len(), p) {
        (0, _) => None,
        (_, p) if p > 100 => None,
        (n, p) => Some(select(samples, rank(n, p))),
    }
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let (r99, r95, r50) = (rank(n, 99), rank(n, 95), rank(n, 50));
    let p99 = select(samples, r99);
    let p95 = select(&mut samples[..=r99], r95);
    let p50 = select(&mut samples[..=r95], r50);
    Some(Summary { p50, p95, p99 })
}
