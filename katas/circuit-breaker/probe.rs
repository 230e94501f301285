use crate::Rng;
use circuit_breaker::{CircuitBreaker, Config, ManualClock, State};

pub struct Input {
    gaps: Vec<u64>,
}

/// n failures with random gaps of 0..=2 ms (about one per ms).
pub fn build(n: usize, rng: &mut Rng) -> Input {
    Input { gaps: (0..n).map(|_| rng.below(3)).collect() }
}

/// A failure storm under a threshold that is never reached, with a window of n/2 ms:
/// about n/2 failures are inside the window at any time.
pub fn run(input: Input) -> u64 {
    let n = input.gaps.len() as u64;
    let clock = ManualClock::new(0);
    let config = Config { failure_threshold: u32::MAX, window_ms: n / 2, cool_down_ms: 1_000 };
    let mut b = CircuitBreaker::new(config, clock.clone());
    let mut failed = 0u64;
    for gap in input.gaps {
        clock.advance(gap);
        if let Err(_) = b.call(|| Err::<(), ()>(())) {
            failed += 1;
        }
    }
    failed + u64::from(b.state() == State::Closed)
}
