// learner: optimal
// idiom: Ada/SPARK safety engineer: Wirth's FIND (Hoare partition selection) over signed index bounds with a median-of-three pivot, rank computed by a separate checked function, summary narrows the range p99 -> p95 -> p50
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// Zero-based index of the nearest-rank percentile. Precondition: n > 0, p <= 100.
fn rank_index(n: usize, p: u32) -> usize {
    let rank = (p as usize * n).div_ceil(100);
    if rank == 0 { 0 } else { rank - 1 }
}

fn median_of_three<T: Ord + Copy>(a: T, b: T, c: T) -> T {
    if a < b {
        if b < c { b } else if a < c { c } else { a }
    } else if a < c {
        a
    } else if b < c {
        c
    } else {
        b
    }
}

/// Places the k-th smallest element (0-based) at index k, smaller-or-equal ones before it,
/// greater-or-equal ones after it. Precondition: k < s.len().
fn find<T: Ord + Copy>(s: &mut [T], k: usize) -> T {
    let target = k as isize;
    let mut lo: isize = 0;
    let mut hi: isize = s.len() as isize - 1;
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let pivot = median_of_three(s[lo as usize], s[mid as usize], s[hi as usize]);
        let mut i = lo;
        let mut j = hi;
        loop {
            while s[i as usize] < pivot {
                i += 1;
            }
            while pivot < s[j as usize] {
                j -= 1;
            }
            if i <= j {
                s.swap(i as usize, j as usize);
                i += 1;
                j -= 1;
            }
            if i > j {
                break;
            }
        }
        // Now s[lo..=j] <= pivot <= s[i..=hi], and everything strictly between equals pivot.
        if target <= j {
            hi = j;
        } else if target >= i {
            lo = i;
        } else {
            break;
        }
    }
    s[k]
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_index(samples.len(), p);
    Some(find(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let k99 = rank_index(n, 99);
    let k95 = rank_index(n, 95);
    let k50 = rank_index(n, 50);
    let p99 = find(samples, k99);
    let p95 = find(&mut samples[..=k99], k95);
    let p50 = find(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
