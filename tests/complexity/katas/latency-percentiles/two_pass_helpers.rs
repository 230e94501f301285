// learner: optimal
// idiom: TS-style: small helper fns (nearest_rank, partition_by closure), slices re-borrowed each round, LCG pivot closure, two Lomuto passes (<, then ==) as a 3-way split
/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// Index (0-based) of the nearest-rank percentile among n samples.
fn nearest_rank(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

/// Moves every element for which keep() holds to the front; returns how many there are.
fn partition_by<T: Copy>(items: &mut [T], keep: impl Fn(&T) -> bool) -> usize {
    let mut front = 0;
    for i in 0..items.len() {
        if keep(&items[i]) {
            items.swap(front, i);
            front += 1;
        }
    }
    front
}

fn quick_select<T: Ord + Copy>(samples: &mut [T], wanted: usize) -> T {
    let mut seed: u64 = 42;
    let mut random_below = |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n
    };
    let mut window = samples;
    let mut wanted = wanted;
    loop {
        let pivot = window[random_below(window.len())];
        let smaller = partition_by(window, |x| *x < pivot);
        let equal = partition_by(&mut window[smaller..], |x| *x == pivot);
        if wanted < smaller {
            window = &mut window[..smaller];
        } else if wanted < smaller + equal {
            return pivot;
        } else {
            wanted -= smaller + equal;
            window = &mut window[smaller + equal..];
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let index = nearest_rank(samples.len(), p);
    Some(quick_select(samples, index))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let (i99, i95, i50) = (nearest_rank(n, 99), nearest_rank(n, 95), nearest_rank(n, 50));
    let p99 = quick_select(samples, i99);
    let p95 = quick_select(&mut samples[..=i99], i95);
    let p50 = quick_select(&mut samples[..=i95], i50);
    Some(Summary { p50, p95, p99 })
}
