// learner: optimal
// idiom: Gleam-style: a custom Step enum returned by a pure-ish partition function, Result-based validation, loop matching on Step, Option chaining in summary
//! Latency percentiles by selection: see README.md.

use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

#[derive(Debug)]
enum Invalid {
    Empty,
    PercentTooHigh,
}

enum Step<T> {
    Found(T),
    Narrow { from: usize, to: usize },
}

fn nearest_rank(n: usize, p: u32) -> Result<usize, Invalid> {
    match (n, p) {
        (0, _) => Err(Invalid::Empty),
        (_, p) if p > 100 => Err(Invalid::PercentTooHigh),
        (n, p) => Ok((p as usize * n).div_ceil(100).max(1) - 1),
    }
}

/// Three-way partition of `range` around the value at its middle-ish pseudo-random slot,
/// then say where the wanted index went.
fn step<T: Ord + Copy>(xs: &mut [T], from: usize, to: usize, want: usize, salt: usize) -> Step<T> {
    let span = to - from;
    let pivot = xs[from + (salt.wrapping_mul(0x9E37_79B9) >> 7) % span];
    let (mut less, mut scan, mut more) = (from, from, to);
    while scan < more {
        match xs[scan].cmp(&pivot) {
            Ordering::Less => {
                xs.swap(less, scan);
                less += 1;
                scan += 1;
            }
            Ordering::Greater => {
                more -= 1;
                xs.swap(scan, more);
            }
            Ordering::Equal => scan += 1,
        }
    }
    match (want < less, want >= more) {
        (true, _) => Step::Narrow { from, to: less },
        (_, true) => Step::Narrow { from: more, to },
        _ => Step::Found(pivot),
    }
}

fn select<T: Ord + Copy>(xs: &mut [T], want: usize) -> T {
    let mut bounds = (0, xs.len());
    let mut salt = xs.len() ^ 0x5bd1_e995;
    loop {
        salt = salt.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        match step(xs, bounds.0, bounds.1, want, salt) {
            Step::Found(v) => return v,
            Step::Narrow { from, to } => bounds = (from, to),
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    nearest_rank(samples.len(), p)
        .map(|k| select(samples, k))
        .ok()
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    let k99 = nearest_rank(n, 99).ok()?;
    let k95 = nearest_rank(n, 95).ok()?;
    let k50 = nearest_rank(n, 50).ok()?;
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
