// learner: optimal
// idiom: defensive beginner: explicit bounds checks, early returns, match on Ordering and on every Option
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

use std::cmp::Ordering;

fn target_index(p: u32, n: usize) -> Option<usize> {
    if n == 0 {
        return None;
    }
    if p > 100 {
        return None;
    }
    let product = (p as u128) * (n as u128);
    let mut rank = product / 100;
    if product % 100 != 0 {
        rank += 1;
    }
    if rank == 0 {
        rank = 1;
    }
    let index = (rank - 1) as usize;
    if index >= n {
        return Some(n - 1);
    }
    Some(index)
}

fn quickselect<T: Ord + Copy>(data: &mut [T], k: usize) -> Option<T> {
    if data.is_empty() || k >= data.len() {
        return None;
    }
    let mut left = 0usize;
    let mut right = data.len(); // exclusive
    let mut state: u64 = 0x1234_5678_9abc_def1;
    loop {
        let len = right - left;
        if len == 1 {
            return Some(data[left]);
        }
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let random_index = left + ((state >> 33) as usize % len);
        let pivot = data[random_index];
        let mut lt = left;
        let mut i = left;
        let mut gt = right;
        while i < gt {
            match data[i].cmp(&pivot) {
                Ordering::Less => {
                    data.swap(lt, i);
                    lt += 1;
                    i += 1;
                }
                Ordering::Greater => {
                    gt -= 1;
                    data.swap(i, gt);
                }
                Ordering::Equal => {
                    i += 1;
                }
            }
        }
        if k < lt {
            right = lt;
            continue;
        }
        if k >= gt {
            left = gt;
            continue;
        }
        return Some(pivot);
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    let index = match target_index(p, samples.len()) {
        Some(i) => i,
        None => return None,
    };
    quickselect(samples, index)
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let i99 = match target_index(99, n) {
        Some(i) => i,
        None => return None,
    };
    let i95 = match target_index(95, n) {
        Some(i) => i,
        None => return None,
    };
    let i50 = match target_index(50, n) {
        Some(i) => i,
        None => return None,
    };
    let p99 = match quickselect(samples, i99) {
        Some(v) => v,
        None => return None,
    };
    let p95 = match quickselect(&mut samples[..i99 + 1], i95) {
        Some(v) => v,
        None => return None,
    };
    let p50 = match quickselect(&mut samples[..i95 + 1], i50) {
        Some(v) => v,
        None => return None,
    };
    Some(Summary { p50, p95, p99 })
}
