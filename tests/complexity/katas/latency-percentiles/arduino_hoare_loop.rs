// learner: optimal
// idiom: Arduino hobbyist: iterative quickselect with lo/hi indexes in a while loop, median-of-three pivot and a Hoare two-pointer partition
// why:
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

// returns the value that ends up at index k if buf[lo..=hi] were in order
fn nth<T: Ord + Copy>(buf: &mut [T], k: usize, mut lo: usize, mut hi: usize) -> T {
    while lo < hi {
        // median of three
        let mid = lo + (hi - lo) / 2;
        let (a, b, c) = (buf[lo], buf[mid], buf[hi]);
        let pivot = if a < b {
            if b < c { b } else if a < c { c } else { a }
        } else if a < c {
            a
        } else if b < c {
            c
        } else {
            b
        };

        let mut i = lo;
        let mut j = hi;
        while i <= j {
            while buf[i] < pivot {
                i += 1;
            }
            while buf[j] > pivot {
                j -= 1;
            }
            if i <= j {
                buf.swap(i, j);
                i += 1;
                if j == 0 {
                    break;
                }
                j -= 1;
            }
        }
        // now buf[lo..=j] <= pivot, buf[i..=hi] >= pivot, anything between == pivot
        if k <= j {
            hi = j;
        } else if k >= i {
            lo = i;
        } else {
            return buf[k];
        }
    }
    buf[k]
}

fn rank_index(n: usize, p: u32) -> usize {
    let mut r = (p as usize * n + 99) / 100;
    if r < 1 {
        r = 1;
    }
    r - 1
}

/// The `p`-th percentile of `samples` by the nearest-rank rule.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    let n = samples.len();
    if n == 0 || p > 100 {
        return None;
    }
    Some(nth(samples, rank_index(n, p), 0, n - 1))
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let k99 = rank_index(n, 99);
    let k95 = rank_index(n, 95);
    let k50 = rank_index(n, 50);
    let p99 = nth(samples, k99, 0, n - 1);
    let p95 = nth(samples, k95, 0, k99); // everything left of k99 is <= p99
    let p50 = nth(samples, k50, 0, k95);
    Some(Summary { p50, p95, p99 })
}
