// learner: optimal
// idiom: NumPy np.partition re-done by hand: iterative quickselect over (lo, hi) bounds with a three-way (Dutch national flag) partition and an xorshift pivot; summary narrows the prefix p99 -> p95 -> p50
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// 0-based index of the nearest-rank percentile in ascending order.
fn rank_index(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// Rearranges `a` so that a[k] is the k-th smallest, a[..k] <= a[k] <= a[k+1..].
fn select<T: Ord + Copy>(a: &mut [T], k: usize) -> T {
    let mut lo = 0;
    let mut hi = a.len(); // exclusive
    let mut rng = 0x2545_F491_4F6C_DD1Du64 ^ a.len() as u64;
    loop {
        if hi - lo == 1 {
            return a[lo];
        }
        let pivot = a[lo + (xorshift(&mut rng) % (hi - lo) as u64) as usize];
        // a[lo..lt] < pivot, a[lt..i] == pivot, a[gt..hi] > pivot
        let (mut lt, mut i, mut gt) = (lo, lo, hi);
        while i < gt {
            match a[i].cmp(&pivot) {
                std::cmp::Ordering::Less => {
                    a.swap(lt, i);
                    lt += 1;
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    gt -= 1;
                    a.swap(i, gt);
                }
                std::cmp::Ordering::Equal => i += 1,
            }
        }
        if k < lt {
            hi = lt;
        } else if k >= gt {
            lo = gt;
        } else {
            return pivot;
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_index(samples.len(), p);
    Some(select(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let (k99, k95, k50) = (rank_index(n, 99), rank_index(n, 95), rank_index(n, 50));
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
