// learner: optimal
// idiom: Dutch-flag three-way partition in a while loop over (lo, hi) bounds, xorshift pivot, summary narrows prefixes
//! Latency percentiles by selection: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_index(n: usize, p: u32) -> usize {
    ((p as usize * n).div_ceil(100)).max(1) - 1
}

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// Places the k-th smallest at index k (and smaller ones before it); returns it.
fn select<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let mut lo = 0usize;
    let mut hi = v.len(); // exclusive
    let mut seed = 0x2545_F491_4F6C_DD1Du64 ^ v.len() as u64;
    while hi - lo > 1 {
        let pivot = v[lo + (xorshift(&mut seed) % (hi - lo) as u64) as usize];
        // [lo, lt) < pivot, [lt, i) == pivot, [gt, hi) > pivot
        let mut lt = lo;
        let mut i = lo;
        let mut gt = hi;
        while i < gt {
            if v[i] < pivot {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            } else if v[i] > pivot {
                gt -= 1;
                v.swap(i, gt);
            } else {
                i += 1;
            }
        }
        if k < lt {
            hi = lt;
        } else if k >= gt {
            lo = gt;
        } else {
            return v[k];
        }
    }
    v[k]
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_index(samples.len(), p);
    Some(select(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let (k99, k95, k50) = (rank_index(n, 99), rank_index(n, 95), rank_index(n, 50));
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
