// learner: optimal
// idiom: spreadsheet "named formulas": RANK_INDEX, PICK_PIVOT, PARTITION as small fns; match on Ordering; loop with a window (start, len)
//! Latency percentiles by selection: see README.md.

use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// RANK_INDEX(n, p): zero-based nearest-rank position.
fn rank_index(n: usize, p: u32) -> usize {
    let rank = (n * p as usize + 99) / 100;
    if rank == 0 { 0 } else { rank - 1 }
}

/// PICK_PIVOT: a cheap linear congruential generator over the window.
fn pick_pivot(state: &mut u64, len: usize) -> usize {
    *state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    ((*state >> 33) % len as u64) as usize
}

/// PARTITION: three bands around `pivot` inside `cells`; returns (end of less, start of greater).
fn partition<T: Ord + Copy>(cells: &mut [T], pivot: T) -> (usize, usize) {
    let (mut less, mut scan, mut more) = (0, 0, cells.len());
    while scan < more {
        match cells[scan].cmp(&pivot) {
            Ordering::Less => {
                cells.swap(less, scan);
                less += 1;
                scan += 1;
            }
            Ordering::Equal => scan += 1,
            Ordering::Greater => {
                more -= 1;
                cells.swap(scan, more);
            }
        }
    }
    (less, more)
}

fn nth<T: Ord + Copy>(cells: &mut [T], target: usize, state: &mut u64) -> T {
    let mut start = 0;
    let mut end = cells.len();
    loop {
        let window = &mut cells[start..end];
        if window.len() == 1 {
            return window[0];
        }
        let pivot = window[pick_pivot(state, window.len())];
        let (less, more) = partition(window, pivot);
        let t = target - start;
        match (t < less, t >= more) {
            (true, _) => end = start + less,
            (_, true) => start += more,
            _ => return pivot,
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    match (samples.len(), p) {
        (0, _) => None,
        (_, p) if p > 100 => None,
        (n, p) => Some(nth(samples, rank_index(n, p), &mut 0x853c_49e6_748f_ea9b)),
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let mut state = 0xda3e_39cb_94b9_5bdb_u64;
    let idx99 = rank_index(n, 99);
    let idx95 = rank_index(n, 95);
    let idx50 = rank_index(n, 50);
    let p99 = nth(samples, idx99, &mut state);
    let p95 = nth(&mut samples[..idx99 + 1], idx95, &mut state);
    let p50 = nth(&mut samples[..idx95 + 1], idx50, &mut state);
    Some(Summary { p50, p95, p99 })
}
