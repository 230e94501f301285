// learner: optimal
// idiom: Hoare partition with two scanning indices, LCG pivot, everything inline in one select fn with while loops
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn quickselect<T: Ord + Copy>(a: &mut [T], k: usize) -> T {
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut left = 0usize;
    let mut right = a.len() - 1; // inclusive
    while left < right {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let span = (right - left + 1) as u64;
        let pivot = a[left + ((seed >> 33) % span) as usize];
        let mut i = left;
        let mut j = right;
        while i <= j {
            while a[i] < pivot {
                i += 1;
            }
            while a[j] > pivot {
                j -= 1;
            }
            if i <= j {
                a.swap(i, j);
                i += 1;
                if j == 0 {
                    break;
                }
                j -= 1;
            }
        }
        // now [left..=j] <= pivot, [i..=right] >= pivot, (j, i) == pivot
        if k <= j {
            right = j;
        } else if k >= i {
            left = i;
        } else {
            return a[k];
        }
    }
    a[k]
}

fn nearest_rank(n: usize, p: u32) -> usize {
    let r = (p as usize * n + 99) / 100;
    if r == 0 { 0 } else { r - 1 }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if p > 100 || samples.len() == 0 {
        None
    } else {
        let k = nearest_rank(samples.len(), p);
        Some(quickselect(samples, k))
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let i99 = nearest_rank(n, 99);
    let i95 = nearest_rank(n, 95);
    let i50 = nearest_rank(n, 50);
    let p99 = quickselect(samples, i99);
    let p95 = quickselect(&mut samples[..i99 + 1], i95);
    let p50 = quickselect(&mut samples[..i95 + 1], i50);
    Some(Summary { p50, p95, p99 })
}
