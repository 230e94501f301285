// learner: optimal
// idiom: Hoare crossing partition in a loop, slice re-borrowed and shadowed down to the side holding the rank (split_at_mut), xorshift pivot closure stored in a variable, match on Ordering
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank(p: u32, n: usize) -> usize {
    let r = (p as u64 * n as u64 + 99) / 100;
    (r as usize).max(1)
}

use std::cmp::Ordering;

/// Returns the element of 0-based index `k` in sorted order, reordering `s`.
fn select<T: Ord + Copy>(s: &mut [T], k: usize) -> T {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15 ^ s.len() as u64;
    let mut random_below = |n: usize| -> usize {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut s = s;
    let mut k = k;
    loop {
        if s.len() == 1 {
            return s[0];
        }
        // the pivot must not sit in the last slot, or the split can be the whole slice
        let mid = (s.len() - 1) / 2;
        let chosen = random_below(s.len());
        s.swap(chosen, mid);
        let pivot = s[mid];
        // Hoare: afterwards s[..=j] <= pivot <= s[j+1..]
        let mut i = 0usize;
        let mut j = s.len() - 1;
        loop {
            while s[i] < pivot {
                i += 1;
            }
            while s[j] > pivot {
                j -= 1;
            }
            if i >= j {
                break;
            }
            s.swap(i, j);
            i += 1;
            j -= 1;
        }
        let split = j + 1;
        let (left, right) = s.split_at_mut(split);
        match k.cmp(&split) {
            Ordering::Less => s = left,
            Ordering::Equal | Ordering::Greater => {
                k -= split;
                s = right;
            }
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank(p, samples.len()) - 1;
    Some(select(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let (k99, k95, k50) = (rank(99, n) - 1, rank(95, n) - 1, rank(50, n) - 1);
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
