use crate::Rng;
use rate_limiter::{SlidingWindowLog, TokenBucket};

pub struct Input {
    times: Vec<u64>,
    window_ms: u64,
}

/// `n` requests about one per ms (a few share a millisecond), with a window
/// of `n / 2` ms: the log holds ~n/2 entries at every step.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut t = 0;
    let times = (0..n)
        .map(|_| {
            t += rng.below(2);
            t
        })
        .collect();
    Input { times, window_ms: (n / 4).max(1) as u64 }
}

pub fn run(input: Input) -> u64 {
    let mut log = SlidingWindowLog::new(input.times.len(), input.window_ms);
    let mut bucket = TokenBucket::new(100, 1000);
    let mut accepted = 0;
    for &t in &input.times {
        accepted += log.try_acquire(t) as u64;
        accepted += bucket.try_acquire(t) as u64;
        // The count in the window, as a dashboard polls it.
        accepted += log.in_window(t) as u64;
    }
    accepted
}
