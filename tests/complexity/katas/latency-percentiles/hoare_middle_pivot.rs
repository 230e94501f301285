// learner: optimal
// idiom: classic Hoare partition (both cursors stop on equals, so runs of equal latencies split evenly), mixed middle/hash pivot, impl-free free functions
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn hoare_select<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let mut left = 0usize;
    let mut right = v.len() - 1; // inclusive
    let mut salt = 0x9E37_79B9_7F4A_7C15u64;
    while left < right {
        salt = salt.rotate_left(23).wrapping_mul(0xff51_afd7_ed55_8ccd) ^ (right as u64);
        let pivot = v[left + (salt % (right - left + 1) as u64) as usize];
        let mut i = left;
        let mut j = right;
        loop {
            while v[i] < pivot {
                i += 1;
            }
            while pivot < v[j] {
                j -= 1;
            }
            if i >= j {
                break;
            }
            v.swap(i, j);
            i += 1;
            j -= 1;
        }
        // now v[left..=j] <= pivot <= v[j+1..=right]
        if k <= j {
            right = j;
        } else {
            left = j + 1;
        }
    }
    v[k]
}

fn index_for(p: u32, n: usize) -> usize {
    let r = (p as usize * n + 99) / 100;
    if r == 0 { 0 } else { r - 1 }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = index_for(p, samples.len());
    Some(hoare_select(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let (i50, i95, i99) = (index_for(50, n), index_for(95, n), index_for(99, n));
    let p99 = hoare_select(samples, i99);
    let p95 = hoare_select(&mut samples[..=i99], i95);
    let p50 = hoare_select(&mut samples[..=i95], i50);
    Some(Summary { p50, p95, p99 })
}
