use crate::Rng;
use reconnect_backoff::{Backoff, Jitter, SplitMix64};

pub struct Input {
    seed: u64,
    calls: usize,
}

pub fn build(n: usize, rng: &mut Rng) -> Input {
    Input { seed: rng.next_u64(), calls: n * 16 }
}

/// `16 n` delays without a reset (so the attempt counter keeps growing),
/// spread over the three jitter modes: each delay must cost O(1).
pub fn run(input: Input) -> u64 {
    let mut sum = 0u64;
    for jitter in [Jitter::None, Jitter::Full, Jitter::Decorrelated] {
        let mut b = Backoff::new(50, 60_000, jitter, SplitMix64::new(input.seed));
        for _ in 0..input.calls / 3 {
            sum = sum.wrapping_add(b.next_delay());
        }
    }
    sum
}
