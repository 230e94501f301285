// learner: optimal
// idiom: Ballerina-style config record + state record, match on the jitter enum, saturating_pow, for-loop over attempts with early returns
//! Capped exponential backoff with jitter, for reconnecting clients.

/// A source of random numbers, injected so that tests are deterministic.
pub trait Rng {
    fn next_u64(&mut self) -> u64;
}

/// SplitMix64: a tiny, fast, seedable generator.
#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64 { state: seed }
    }
}

impl Rng for SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// How randomness is mixed into the delays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jitter {
    /// `ceiling(k)` exactly.
    None,
    /// Uniform in `[0, ceiling(k)]`.
    Full,
    /// Uniform in `[base, 3 * previous delay]`, capped.
    Decorrelated,
}

/// Draws a value in `[lo, hi]` (inclusive) as `lo + r % (hi - lo + 1)`.
pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    match (hi - lo).checked_add(1) {
        Some(width) => lo + r % width,
        None => r,
    }
}

#[derive(Debug, Clone, Copy)]
struct BackoffConfig {
    base_ms: u64,
    cap_ms: u64,
    jitter: Jitter,
}

#[derive(Debug, Clone, Copy)]
struct BackoffState {
    attempt: u32,
    previous_ms: u64,
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    config: BackoffConfig,
    state: BackoffState,
    rng: R,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let config = BackoffConfig { base_ms: base_ms.min(cap_ms), cap_ms, jitter };
        let state = BackoffState { attempt: 0, previous_ms: config.base_ms };
        Self { config, state, rng }
    }

    pub fn attempt(&self) -> u32 {
        self.state.attempt
    }

    pub fn next_delay(&mut self) -> u64 {
        let BackoffConfig { base_ms, cap_ms, jitter } = self.config;
        let ceiling = base_ms.saturating_mul(2u64.saturating_pow(self.state.attempt)).min(cap_ms);
        let delay = match jitter {
            Jitter::None => ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, ceiling),
            Jitter::Decorrelated => {
                let upper = base_ms.max(self.state.previous_ms.saturating_mul(3));
                let picked = uniform(&mut self.rng, base_ms, upper).min(cap_ms);
                self.state.previous_ms = picked;
                picked
            }
        };
        self.state.attempt = self.state.attempt.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.state = BackoffState { attempt: 0, previous_ms: self.config.base_ms };
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let budget = max_attempts.max(1);
    let mut last_error = None;
    for attempt in 1..=budget {
        match connect(attempt) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(err) => {
                if attempt < budget {
                    sleep(backoff.next_delay());
                }
                last_error = Some(err);
            }
        }
    }
    Err(last_error.expect("at least one attempt was made"))
}
