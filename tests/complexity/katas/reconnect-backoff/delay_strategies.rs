// learner: optimal
// idiom: Unity C# game developer: strategy pattern (a private trait per jitter kind, like swapping MonoBehaviour components), saturating_pow for 2^k, reconnect written with Iterator::find_map-free explicit state
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


pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    match (hi - lo).checked_add(1) {
        Some(width) => lo + r % width,
        None => r,
    }
}

/// Settings shared by every jitter strategy.
#[derive(Debug, Clone, Copy)]
struct BackoffConfig {
    base: u64,
    cap: u64,
}

impl BackoffConfig {
    fn ceiling(&self, attempt: u32) -> u64 {
        let factor = 2u64.saturating_pow(attempt);
        self.base.saturating_mul(factor).min(self.cap)
    }
}

trait DelayStrategy {
    fn delay(&self, config: BackoffConfig, attempt: u32, previous: u64, rng: &mut impl Rng) -> u64;
}

struct NoJitter;
struct FullJitter;
struct DecorrelatedJitter;

impl DelayStrategy for NoJitter {
    fn delay(&self, config: BackoffConfig, attempt: u32, _previous: u64, _rng: &mut impl Rng) -> u64 {
        config.ceiling(attempt)
    }
}

impl DelayStrategy for FullJitter {
    fn delay(&self, config: BackoffConfig, attempt: u32, _previous: u64, rng: &mut impl Rng) -> u64 {
        uniform(rng, 0, config.ceiling(attempt))
    }
}

impl DelayStrategy for DecorrelatedJitter {
    fn delay(&self, config: BackoffConfig, _attempt: u32, previous: u64, rng: &mut impl Rng) -> u64 {
        let hi = config.base.max(previous.saturating_mul(3));
        uniform(rng, config.base, hi).min(config.cap)
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    config: BackoffConfig,
    jitter: Jitter,
    rng: R,
    attempt: u32,
    previous: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let config = BackoffConfig { base: base_ms.min(cap_ms), cap: cap_ms };
        Self { config, jitter, rng, attempt: 0, previous: config.base }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    pub fn next_delay(&mut self) -> u64 {
        let (cfg, k, prev) = (self.config, self.attempt, self.previous);
        let delay = match self.jitter {
            Jitter::None => NoJitter.delay(cfg, k, prev, &mut self.rng),
            Jitter::Full => FullJitter.delay(cfg, k, prev, &mut self.rng),
            Jitter::Decorrelated => DecorrelatedJitter.delay(cfg, k, prev, &mut self.rng),
        };
        self.previous = delay;
        self.attempt = self.attempt.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.attempt = 0;
        self.previous = self.config.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let max_attempts = max_attempts.max(1);
    let mut attempt = 1;
    let mut result = connect(attempt);
    while result.is_err() && attempt < max_attempts {
        sleep(backoff.next_delay());
        attempt += 1;
        result = connect(attempt);
    }
    if result.is_ok() {
        backoff.reset();
    }
    result
}
