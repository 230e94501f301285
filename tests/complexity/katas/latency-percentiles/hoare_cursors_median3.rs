// learner: optimal
// idiom: Hoare partition with two converging cursors and a median-of-three pivot, explicit Descend enum for which side holds the rank, insertion-free small-range finish
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

enum Descend {
    Left,
    Right,
}

fn median_of_three<T: Ord + Copy>(a: T, b: T, c: T) -> T {
    if a < b {
        if b < c {
            b
        } else if a < c {
            c
        } else {
            a
        }
    } else if a < c {
        a
    } else if b < c {
        c
    } else {
        b
    }
}

/// Hoare partition of v[lo..=hi] around `pivot` (a value present in the
/// range). Returns j such that v[lo..=j] <= pivot <= v[j+1..=hi], lo <= j < hi.
fn hoare<T: Ord + Copy>(v: &mut [T], lo: usize, hi: usize, pivot: T) -> usize {
    let mut i = lo;
    let mut j = hi;
    loop {
        while v[i] < pivot {
            i += 1;
        }
        while v[j] > pivot {
            j -= 1;
        }
        if i >= j {
            return j;
        }
        v.swap(i, j);
        i += 1;
        j -= 1;
    }
}

fn select_rank<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let mut lo = 0usize;
    let mut hi = v.len() - 1; // inclusive
    let mut salt: u64 = 0xdead_beef_cafe_f00d;
    while lo < hi {
        // pseudo-random middle probe so repeated calls don't share a bad layout
        salt = salt.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let mid = lo + ((salt >> 33) as usize) % (hi - lo + 1);
        let pivot = median_of_three(v[lo], v[mid], v[hi]);
        let mut j = hoare(v, lo, hi, pivot);
        if j == hi {
            // only when every item before hi is < pivot: then v[hi] is the
            // pivot itself and splitting at hi - 1 is still valid
            j = hi - 1;
        }
        let side = if k <= j { Descend::Left } else { Descend::Right };
        match side {
            Descend::Left => hi = j,
            Descend::Right => lo = j + 1,
        }
    }
    v[k]
}

fn rank0(n: usize, p: u32) -> usize {
    let ceil = (n * p as usize + 99) / 100;
    ceil.saturating_sub(1)
}

/// The `p`-th percentile of `samples` by the nearest-rank rule.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if p > 100 || samples.len() == 0 {
        return None;
    }
    let k = rank0(samples.len(), p);
    Some(select_rank(samples, k))
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let (k50, k95, k99) = (rank0(n, 50), rank0(n, 95), rank0(n, 99));
    let p99 = select_rank(samples, k99);
    let p95 = select_rank(&mut samples[..k99 + 1], k95);
    let p50 = select_rank(&mut samples[..k95 + 1], k50);
    Some(Summary { p50, p95, p99 })
}
