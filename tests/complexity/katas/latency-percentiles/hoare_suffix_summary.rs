// learner: optimal
// idiom: Hoare crossing-pointer partition on isize indices, LCG pivot; summary selects p50 first, then p95 and p99 in ever shorter suffixes
/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(0x5851_F42D_4C95_7F2D).wrapping_add(0x1405_7B7E_F767_814F);
        ((self.0 >> 32) % n as u64) as usize
    }
}

/// Selects rank k (0-based, absolute index) within a[lo..=hi]; afterwards
/// a[lo..k] <= a[k] <= a[k+1..=hi].
fn hoare_select<T: Ord + Copy>(a: &mut [T], mut lo: isize, mut hi: isize, k: isize, rng: &mut Lcg) -> T {
    while lo < hi {
        let pivot = a[lo as usize + rng.below((hi - lo + 1) as usize)];
        let (mut i, mut j) = (lo, hi);
        while i <= j {
            while a[i as usize] < pivot {
                i += 1;
            }
            while a[j as usize] > pivot {
                j -= 1;
            }
            if i <= j {
                a.swap(i as usize, j as usize);
                i += 1;
                j -= 1;
            }
        }
        // a[lo..=j] <= pivot, a[j+1..i] == pivot, a[i..=hi] >= pivot
        if k <= j {
            hi = j;
        } else if k >= i {
            lo = i;
        } else {
            break;
        }
    }
    a[k as usize]
}

fn index_of(n: usize, p: u32) -> isize {
    let rank = (n * p as usize + 99) / 100;
    rank.max(1) as isize - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if p > 100 || samples.is_empty() {
        return None;
    }
    let last = samples.len() as isize - 1;
    let k = index_of(samples.len(), p);
    Some(hoare_select(samples, 0, last, k, &mut Lcg(7)))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let last = n as isize - 1;
    let mut rng = Lcg(n as u64);
    let k50 = index_of(n, 50);
    let k95 = index_of(n, 95);
    let k99 = index_of(n, 99);
    let p50 = hoare_select(samples, 0, last, k50, &mut rng);
    // everything from k50 on is >= p50 and holds the larger half: look there only
    let p95 = hoare_select(samples, k50, last, k95, &mut rng);
    let p99 = hoare_select(samples, k95, last, k99, &mut rng);
    Some(Summary { p50, p95, p99 })
}
