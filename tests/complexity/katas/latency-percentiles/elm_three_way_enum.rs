// learner: optimal
// idiom: Elm-style: pure rank helper returning Option, three-way partition returning a Band enum, loop over (lo, hi) bounds
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

enum Band {
    Below,
    Inside,
    Above,
}

/// 0-based index of the nearest-rank percentile, or None when p is out of range.
fn rank_index(p: u32, n: usize) -> Option<usize> {
    match (n, p) {
        (0, _) => None,
        (_, p) if p > 100 => None,
        (n, p) => Some(((p as usize * n).div_ceil(100)).max(1) - 1),
    }
}

fn next_seed(s: u64) -> u64 {
    let a = s ^ (s << 13);
    let b = a ^ (a >> 7);
    b ^ (b << 17)
}

/// Dutch-flag partition of v[lo..hi] around `pivot`: returns (lt, gt) so that
/// v[lo..lt] < pivot, v[lt..gt] == pivot, v[gt..hi] > pivot.
fn partition3<T: Ord + Copy>(v: &mut [T], lo: usize, hi: usize, pivot: T) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (lo, lo, hi);
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

fn select<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let (mut lo, mut hi) = (0usize, v.len());
    let mut seed = 0x2545_F491_4F6C_DD1Du64 ^ (v.len() as u64);
    loop {
        seed = next_seed(seed);
        let pivot = v[lo + (seed % (hi - lo) as u64) as usize];
        let (lt, gt) = partition3(v, lo, hi, pivot);
        let band = if k < lt {
            Band::Below
        } else if k < gt {
            Band::Inside
        } else {
            Band::Above
        };
        match band {
            Band::Below => hi = lt,
            Band::Inside => return pivot,
            Band::Above => lo = gt,
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    rank_index(p, samples.len()).map(|k| select(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    let k99 = rank_index(99, n)?;
    let k95 = rank_index(95, n)?;
    let k50 = rank_index(50, n)?;
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
