// learner: optimal
// idiom: iterative quickselect with a Dutch-national-flag 3-way partition (nested while inside a shrinking loop: geometric, O(n) average) and a xorshift pivot; summary selects inside shrinking prefixes
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_index(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

/// The value that would be at index k if `s` were sorted; reorders `s`.
fn select<T: Ord + Copy>(s: &mut [T], k: usize) -> T {
    let (mut lo, mut hi) = (0, s.len()); // the answer is in s[lo..hi]
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15 ^ s.len() as u64;
    loop {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let pivot = s[lo + (seed % (hi - lo) as u64) as usize];
        // s[lo..lt] < pivot, s[lt..i] == pivot, s[gt..hi] > pivot
        let (mut lt, mut i, mut gt) = (lo, lo, hi);
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
        if k < lt {
            hi = lt;
        } else if k >= gt {
            lo = gt;
        } else {
            return pivot;
        }
    }
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

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_index(samples.len(), p);
    Some(select(samples, k))
}

