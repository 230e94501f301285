// learner: optimal
// idiom: iterator-adapter chains: scan over [99, 95, 50] shrinking the prefix, fold for the partition counts
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_index(p: u32, n: usize) -> usize {
    ((p as usize * n).div_ceil(100)).max(1) - 1
}

/// Three-way partition of `s` around `pivot`: returns (lt, gt) so that
/// s[..lt] < pivot, s[lt..gt] == pivot, s[gt..] > pivot.
fn partition3<T: Ord + Copy>(s: &mut [T], pivot: T) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 0, s.len());
    while i < gt {
        match s[i].cmp(&pivot) {
            std::cmp::Ordering::Less => {
                s.swap(lt, i);
                lt += 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                gt -= 1;
                s.swap(i, gt);
            }
            std::cmp::Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

fn select<T: Ord + Copy>(s: &mut [T], k: usize) -> T {
    let mut seed = 0x9E37_79B9_7F4A_7C15u64 ^ s.len() as u64;
    let (mut lo, mut hi) = (0, s.len());
    std::iter::from_fn(|| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let pivot = s[lo + (seed % (hi - lo) as u64) as usize];
        let (a, b) = partition3(&mut s[lo..hi], pivot);
        let (a, b) = (lo + a, lo + b);
        if k < a {
            hi = a;
            Some(None)
        } else if k >= b {
            lo = b;
            Some(None)
        } else {
            Some(Some(pivot))
        }
    })
    .flatten()
    .next()
    .unwrap()
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    (!samples.is_empty() && p <= 100).then(|| {
        let k = rank_index(p, samples.len());
        select(samples, k)
    })
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let vals: Vec<T> = [99u32, 95, 50]
        .iter()
        .scan(n, |end, &p| {
            let k = rank_index(p, n);
            let v = select(&mut samples[..*end], k);
            *end = k + 1;
            Some(v)
        })
        .collect();
    Some(Summary { p50: vals[2], p95: vals[1], p99: vals[0] })
}
