// learner: slow
// why: percentile/summary are O(n log n) time (comparisons), target O(n): sort is banned, so the window is ordered with a hand-written heapsort before reading the ranks
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// sort() is off limits, so order the window by hand (heapsort: in place, no allocation).
#[allow(non_snake_case)]
fn orderAscending<T: Ord + Copy>(samples: &mut [T]) {
    let count = samples.len();
    for start in (0..count / 2).rev() {
        siftDown(samples, start, count);
    }
    for end in (1..count).rev() {
        samples.swap(0, end);
        siftDown(samples, 0, end);
    }
}

#[allow(non_snake_case)]
fn siftDown<T: Ord + Copy>(samples: &mut [T], mut node: usize, end: usize) {
    loop {
        let left = 2 * node + 1;
        guard_or_return!(left < end);
        let right = left + 1;
        let larger = if right < end && samples[right] > samples[left] { right } else { left };
        guard_or_return!(samples[larger] > samples[node]);
        samples.swap(node, larger);
        node = larger;
    }
}

macro_rules! guard_or_return {
    ($cond:expr) => {
        if !($cond) {
            return;
        }
    };
}
use guard_or_return;

#[allow(non_snake_case)]
fn rankIndex(count: usize, percent: u32) -> usize {
    (percent as usize * count).div_ceil(100).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    guard(!samples.is_empty() && p <= 100)?;
    orderAscending(samples);
    Some(samples[rankIndex(samples.len(), p)])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    guard(!samples.is_empty())?;
    orderAscending(samples);
    let count = samples.len();
    Some(Summary {
        p50: samples[rankIndex(count, 50)],
        p95: samples[rankIndex(count, 95)],
        p99: samples[rankIndex(count, 99)],
    })
}

fn guard(condition: bool) -> Option<()> {
    condition.then_some(())
}
