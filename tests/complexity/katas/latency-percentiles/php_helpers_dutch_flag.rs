// learner: optimal
// idiom: PHP-style helpers: rank_index()/pick_pivot()/partition3() functions, while loops over (left, right), xorshift seed in a local
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

// nearest-rank index (0-based) for percentile p of n samples
fn rank_index(n: usize, p: u32) -> usize {
    let rank = (p as usize * n + 99) / 100;
    if rank == 0 {
        0
    } else {
        rank - 1
    }
}

fn next_random(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

// Dutch national flag: afterwards [left, lt) < pivot, [lt, gt] == pivot, (gt, right] > pivot
fn partition3<T: Ord + Copy>(data: &mut [T], left: usize, right: usize, pivot: T) -> (usize, usize) {
    let mut lt = left;
    let mut i = left;
    let mut gt = right + 1;
    while i < gt {
        if data[i] < pivot {
            data.swap(lt, i);
            lt += 1;
            i += 1;
        } else if data[i] > pivot {
            gt -= 1;
            data.swap(i, gt);
        } else {
            i += 1;
        }
    }
    (lt, gt - 1)
}

// the value that would sit at `wanted` if `data` were sorted; moves it there
fn select<T: Ord + Copy>(data: &mut [T], wanted: usize) -> T {
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut left = 0;
    let mut right = data.len() - 1;
    loop {
        if left == right {
            return data[left];
        }
        let span = (right - left + 1) as u64;
        let pivot_at = left + (next_random(&mut seed) % span) as usize;
        let pivot = data[pivot_at];
        let (lt, gt) = partition3(data, left, right, pivot);
        if wanted < lt {
            right = lt - 1;
        } else if wanted > gt {
            left = gt + 1;
        } else {
            return pivot;
        }
    }
}

/// The `p`-th percentile of `samples` by the nearest-rank rule: the value of rank
/// `max(1, ceil(p * n / 100))` in ascending order (rank 1 = the smallest).
///
/// Returns `None` if `samples` is empty or `p > 100`. May reorder `samples`.
/// O(n) average time, O(1) extra space; no sorting.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let index = rank_index(samples.len(), p);
    Some(select(samples, index))
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
///
/// May reorder `samples`. O(n) average time, O(1) extra space; no sorting.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let i99 = rank_index(n, 99);
    let i95 = rank_index(n, 95);
    let i50 = rank_index(n, 50);
    let p99 = select(samples, i99);
    let p95 = select(&mut samples[..=i99], i95);
    let p50 = select(&mut samples[..=i95], i50);
    Some(Summary { p50, p95, p99 })
}
