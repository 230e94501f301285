// learner: slow
// why: percentile and summary are O(n log n) time (and O(log n) stack), target O(n)/O(1): a hand-written quicksort of the whole slice (sort is banned), then index the rank
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

fn quicksort<T: Ord + Copy>(s: &mut [T], seed: &mut u64) {
    let mut s = s;
    while s.len() > 1 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        let pivot = s[(*seed % s.len() as u64) as usize];
        // three-way partition: [< pivot][== pivot][> pivot]
        let (mut lt, mut i, mut gt) = (0, 0, s.len());
        while i < gt {
            if s[i] < pivot {
                s.swap(lt, i);
                lt += 1;
                i += 1;
            } else if s[i] > pivot {
                gt -= 1;
                s.swap(i, gt);
            } else {
                i += 1;
            }
        }
        let (left, rest) = s.split_at_mut(lt);
        let right = &mut rest[gt - lt..];
        if left.len() < right.len() {
            quicksort(left, seed);
            s = right;
        } else {
            quicksort(right, seed);
            s = left;
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let mut seed = 88172645463325252u64;
    quicksort(samples, &mut seed);
    Some(samples[rank(p, samples.len()) - 1])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let mut seed = 88172645463325252u64;
    quicksort(samples, &mut seed);
    let n = samples.len();
    Some(Summary { p50: samples[rank(50, n) - 1], p95: samples[rank(95, n) - 1], p99: samples[rank(99, n) - 1] })
}
