// learner: optimal
// idiom: median-of-three pivot found by sort_unstable() of a constant-size [T; 3] array (3 elements, O(1)), then a 3-way partition quickselect loop; O(n) average, O(1) extra
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_index(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

fn median_of_three<T: Ord + Copy>(a: T, b: T, c: T) -> T {
    let mut three = [a, b, c];
    three.sort_unstable();
    three[1]
}

fn select<T: Ord + Copy>(s: &mut [T], k: usize) -> T {
    let mut lo = 0;
    let mut hi = s.len();
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        let pivot = median_of_three(s[lo], s[mid], s[hi - 1]);
        let (mut lt, mut i, mut gt) = (lo, lo, hi);
        while i < gt {
            match s[i].cmp(&pivot) {
                Ordering::Less => {
                    s.swap(lt, i);
                    lt += 1;
                    i += 1;
                }
                Ordering::Equal => i += 1,
                Ordering::Greater => {
                    gt -= 1;
                    s.swap(i, gt);
                }
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
    s[lo]
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

