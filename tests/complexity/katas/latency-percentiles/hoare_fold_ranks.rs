// learner: optimal
// idiom: classic Hoare partition with isize cursors and do-while style loops, LCG pivot swapped to the front, summary via a fold over ranks
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn hoare_select<T: Ord + Copy>(a: &mut [T], k: usize) -> T {
    let mut lo = 0usize;
    let mut hi = a.len() - 1;
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    while lo < hi {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let r = lo + ((seed >> 33) as usize) % (hi - lo + 1);
        a.swap(lo, r);
        let pivot = a[lo];
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
            a.swap(i as usize, j as usize);
        }
        let j = j as usize;
        if k <= j {
            hi = j;
        } else {
            lo = j + 1;
        }
    }
    a[k]
}

fn rank0(n: usize, p: u32) -> usize {
    let r = (p as usize * n + 99) / 100;
    if r == 0 { 0 } else { r - 1 }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if p > 100 || samples.is_empty() {
        None
    } else {
        let k = rank0(samples.len(), p);
        Some(hoare_select(samples, k))
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    // select from the largest rank down, each time inside the prefix left by the previous one
    let [p99, p95, p50] = [99u32, 95, 50].map(|p| rank0(n, p)).into_iter().fold(
        ([samples[0]; 3], 0usize, n),
        |(mut out, slot, end), k| {
            out[slot] = hoare_select(&mut samples[..end], k);
            (out, slot + 1, k + 1)
        },
    ).0;
    Some(Summary { p50, p95, p99 })
}
