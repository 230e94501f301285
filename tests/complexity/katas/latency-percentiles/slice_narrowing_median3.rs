// learner: optimal
// idiom: pure partition function returning (lt, gt), reborrowed sub-slice narrowed in a loop, median-of-three pivot, rank mapped with a closure
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn median_of_three<T: Ord + Copy>(xs: &[T]) -> T {
    let (a, b, c) = (xs[0], xs[xs.len() / 2], xs[xs.len() - 1]);
    a.max(b).min(a.min(b).max(c))
}

/// Three-way partition around `pivot`; returns (start of ==, start of >).
fn partition3<T: Ord + Copy>(xs: &mut [T], pivot: T) -> (usize, usize) {
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

fn nth<T: Ord + Copy>(all: &mut [T], rank: usize) -> T {
    let mut xs = all;
    let mut k = rank;
    loop {
        if xs.len() == 1 {
            return xs[0];
        }
        let pivot = median_of_three(xs);
        let (lt, gt) = partition3(xs, pivot);
        xs = match k {
            k0 if k0 < lt => &mut xs[..lt],
            k0 if k0 >= gt => {
                k -= gt;
                &mut xs[gt..]
            }
            _ => return pivot,
        };
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    let n = samples.len();
    let idx = |q: u32| (q as usize * n).div_ceil(100).max(1) - 1;
    match (n, p) {
        (0, _) => None,
        (_, q) if q > 100 => None,
        (_, q) => Some(nth(samples, idx(q))),
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let idx = |q: u32| (q as usize * n).div_ceil(100).max(1) - 1;
    let (i99, i95, i50) = (idx(99), idx(95), idx(50));
    let p99 = nth(samples, i99);
    let p95 = nth(&mut samples[..=i99], i95);
    let p50 = nth(&mut samples[..=i95], i50);
    Some(Summary { p50, p95, p99 })
}
