// learner: optimal
// idiom: NumPy-user port of introselect's core: Hoare two-pointer partition (stops on equals, so runs of equal latencies split evenly), while-loop narrowing, LCG pivot index, summary via an array of ranks mapped with iterators
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// Hoare partition of a[lo..=hi] around `pivot` (a value present in the range).
/// Returns j with a[lo..=j] <= pivot <= a[j+1..=hi], lo <= j < hi.
fn hoare<T: Ord + Copy>(a: &mut [T], lo: usize, hi: usize, pivot: T) -> usize {
    let mut i = lo;
    let mut j = hi;
    loop {
        while a[i] < pivot {
            i += 1;
        }
        while a[j] > pivot {
            j -= 1;
        }
        if i >= j {
            return j;
        }
        a.swap(i, j);
        i += 1;
        j -= 1;
    }
}

fn kth_smallest<T: Ord + Copy>(a: &mut [T], k: usize) -> T {
    let (mut lo, mut hi) = (0usize, a.len() - 1);
    let mut seed = 0x853c_49e6_748f_ea9bu64.wrapping_add(a.len() as u64);
    while lo < hi {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let span = (hi - lo) as u64; // pivot from lo..hi (never the last), keeps j < hi
        let pivot = a[lo + ((seed >> 33) % span) as usize];
        let j = hoare(a, lo, hi, pivot);
        if k <= j {
            hi = j;
        } else {
            lo = j + 1;
        }
    }
    a[k]
}

fn index_for(n: usize, p: u32) -> usize {
    let rank = (p as usize * n).div_ceil(100);
    rank.max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if p > 100 || samples.is_empty() {
        None
    } else {
        let k = index_for(samples.len(), p);
        Some(kth_smallest(samples, k))
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let ks = [99u32, 95, 50].map(|p| index_for(n, p));
    let p99 = kth_smallest(samples, ks[0]);
    let p95 = kth_smallest(&mut samples[..=ks[0]], ks[1]);
    let p50 = kth_smallest(&mut samples[..=ks[1]], ks[2]);
    Some(Summary { p50, p95, p99 })
}
