// learner: slow
// why: percentile/summary use O(n) extra space, target O(1): they copy the samples into a fresh Vec (habit: "don't mutate the caller's data") and select on the copy
/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn nth<T: Ord + Copy>(mut data: Vec<T>, k: usize) -> T {
    let mut state = 88172645463325252u64;
    let mut lo = 0;
    let mut hi = data.len();
    loop {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let pivot = data[lo + (state % (hi - lo) as u64) as usize];
        let (mut lt, mut i, mut gt) = (lo, lo, hi);
        while i < gt {
            if data[i] < pivot {
                data.swap(lt, i);
                lt += 1;
                i += 1;
            } else if data[i] > pivot {
                gt -= 1;
                data.swap(i, gt);
            } else {
                i += 1;
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

fn rank(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let copy: Vec<T> = samples.iter().copied().collect();
    Some(nth(copy, rank(samples.len(), p)))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    Some(Summary {
        p50: percentile(samples, 50)?,
        p95: percentile(samples, 95)?,
        p99: if n > 0 { percentile(samples, 99)? } else { return None },
    })
}
