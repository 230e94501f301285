// learner: optimal
// idiom: classic Hoare partition with crossing indices inside a loop, random pivot from a closure-held counter; summary chains with map over ranks
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn hoare_select<T: Ord + Copy>(a: &mut [T], k: usize, seed: &mut u64) -> T {
    let mut left = 0usize;
    let mut right = a.len() - 1;
    while left < right {
        *seed ^= *seed << 7;
        *seed ^= *seed >> 9;
        let pivot = a[left + (*seed as usize) % (right - left + 1)];
        let mut i = left;
        let mut j = right;
        loop {
            while a[i] < pivot {
                i += 1;
            }
            while a[j] > pivot {
                j -= 1;
            }
            if i >= j {
                break;
            }
            a.swap(i, j);
            i += 1;
            j -= 1;
        }
        // now a[left..=j] <= pivot <= a[j+1..=right]
        if k <= j {
            right = j;
        } else {
            left = j + 1;
        }
    }
    a[k]
}

fn index_of(n: usize, p: u32) -> usize {
    let r = (n as u64 * p as u64).div_ceil(100) as usize;
    r.saturating_sub(1)
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    match (samples.len(), p) {
        (0, _) => None,
        (_, p) if p > 100 => None,
        (n, p) => {
            let mut seed = 0xDEAD_BEEF_u64;
            Some(hoare_select(samples, index_of(n, p), &mut seed))
        }
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let mut seed = 0x1234_5678_u64;
    let mut limit = n;
    let mut pick = |p: u32| {
        let k = index_of(n, p);
        let v = hoare_select(&mut samples[..limit], k, &mut seed);
        limit = k + 1;
        v
    };
    let p99 = pick(99);
    let p95 = pick(95);
    let p50 = pick(50);
    Some(Summary { p50, p95, p99 })
}
