// learner: optimal
// idiom: Go dev porting Wirth's FIND: Hoare two-pointer partition (stops on equals), random pivot value, helper per percentile
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn kth<T: Ord + Copy>(a: &mut [T], k: usize, seed: &mut u64) -> T {
    let mut l = 0usize;
    let mut r = a.len() - 1;
    while l < r {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        let x = a[l + (*seed % (r - l + 1) as u64) as usize];
        let mut i = l;
        let mut j = r;
        loop {
            while a[i] < x {
                i += 1;
            }
            while x < a[j] {
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
            if i > j {
                break;
            }
        }
        // now a[l..i] <= x, a[j+1..=r] >= x, and a[j+1..i] == x
        if k <= j {
            r = j;
        } else if k >= i {
            l = i;
        } else {
            return a[k];
        }
    }
    a[k]
}

fn index_for(n: usize, p: u32) -> usize {
    ((p as usize) * n).div_ceil(100).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let mut seed = 88172645463325252u64;
    let k = index_for(samples.len(), p);
    Some(kth(samples, k, &mut seed))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let mut seed = 0xA076_1D64_78BD_642Fu64;
    let i99 = index_for(n, 99);
    let i95 = index_for(n, 95);
    let i50 = index_for(n, 50);
    let p99 = kth(samples, i99, &mut seed);
    let p95 = kth(&mut samples[..=i99], i95, &mut seed);
    let p50 = kth(&mut samples[..=i95], i50, &mut seed);
    Some(Summary { p50, p95, p99 })
}
