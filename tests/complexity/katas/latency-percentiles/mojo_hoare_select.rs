// learner: optimal
// idiom: Mojo: Hoare-style two-pointer partition (pointers march toward each other, one swap per misplaced pair), LCG pivot, no recursion
// why: quickselect keeps one side per round: O(n) average comparisons, O(1) extra space; equal keys split evenly so duplicates stay linear

//! Latency percentiles by selection: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

#[inline(always)]
fn nearest_rank(n: usize, p: u32) -> usize {
    let r = (n * p as usize + 99) / 100;
    if r == 0 { 0 } else { r - 1 }
}

#[inline(always)]
fn lcg(s: &mut u64) -> u64 {
    *s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *s >> 33
}

/// Hoare partition of v[lo..=hi] around the value `pivot` taken from inside the range;
/// returns j such that v[lo..=j] <= pivot and v[j+1..=hi] >= pivot, lo <= j < hi.
#[inline(always)]
fn hoare<T: Ord + Copy>(v: &mut [T], lo: usize, hi: usize, pivot: T) -> usize {
    let mut i = lo as isize - 1;
    let mut j = hi as isize + 1;
    loop {
        loop {
            i += 1;
            if v[i as usize] >= pivot {
                break;
            }
        }
        loop {
            j -= 1;
            if v[j as usize] <= pivot {
                break;
            }
        }
        if i >= j {
            return j as usize;
        }
        v.swap(i as usize, j as usize);
    }
}

fn kth<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut lo = 0usize;
    let mut hi = v.len() - 1; // inclusive
    while lo < hi {
        // pivot must not be the maximum at index hi for Hoare to make progress:
        // picking it from lo..hi (never the last slot) and using the classic
        // "first element" variant guarantees j < hi.
        let r = lo + (lcg(&mut seed) as usize) % (hi - lo);
        v.swap(lo, r);
        let pivot = v[lo];
        let j = hoare(v, lo, hi, pivot);
        if k <= j {
            hi = j;
        } else {
            lo = j + 1;
        }
    }
    v[k]
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if p > 100 || samples.is_empty() {
        return None;
    }
    let k = nearest_rank(samples.len(), p);
    Some(kth(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let (i99, i95, i50) = (nearest_rank(n, 99), nearest_rank(n, 95), nearest_rank(n, 50));
    let p99 = kth(samples, i99);
    let p95 = kth(&mut samples[..=i99], i95);
    let p50 = kth(&mut samples[..=i95], i50);
    Some(Summary { p50, p95, p99 })
}
