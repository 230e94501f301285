// learner: optimal
// idiom: C-style: lo/hi index loop, Hoare partition with median-of-three, manual swaps, LCG state in a u64 counter
//! Latency percentiles by selection.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn kth<T: Ord + Copy>(a: &mut [T], mut lo: usize, mut hi: usize, k: usize) -> T {
    // invariant: the wanted element lies in a[lo..=hi]
    let mut rnd: u64 = 88172645463325252;
    while lo < hi {
        rnd ^= rnd << 13;
        rnd ^= rnd >> 7;
        rnd ^= rnd << 17;
        let span = (hi - lo + 1) as u64;
        let r = lo + (rnd % span) as usize;
        let m = lo + (hi - lo) / 2;
        // median of a[lo], a[m], a[r]
        let (x, y, z) = (a[lo], a[m], a[r]);
        let pivot = if x < y {
            if y < z { y } else if x < z { z } else { x }
        } else if x < z {
            x
        } else if y < z {
            z
        } else {
            y
        };
        let mut i = lo as isize - 1;
        let mut j = hi as isize + 1;
        loop {
            i += 1;
            while a[i as usize] < pivot {
                i += 1;
            }
            j -= 1;
            while a[j as usize] > pivot {
                j -= 1;
            }
            if i >= j {
                break;
            }
            let t = a[i as usize];
            a[i as usize] = a[j as usize];
            a[j as usize] = t;
        }
        let split = j as usize;
        if k <= split {
            hi = split;
        } else {
            lo = split + 1;
        }
    }
    a[k]
}

fn idx(n: usize, p: u32) -> usize {
    let mut r = (p as usize * n + 99) / 100;
    if r < 1 {
        r = 1;
    }
    r - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    let n = samples.len();
    if n == 0 || p > 100 {
        return None;
    }
    let k = idx(n, p);
    Some(kth(samples, 0, n - 1, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let k99 = idx(n, 99);
    let k95 = idx(n, 95);
    let k50 = idx(n, 50);
    let p99 = kth(samples, 0, n - 1, k99);
    let p95 = kth(samples, 0, k99, k95);
    let p50 = kth(samples, 0, k95, k50);
    Some(Summary { p50, p95, p99 })
}
