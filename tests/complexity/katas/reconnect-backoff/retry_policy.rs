// learner: optimal
// idiom: PHP Laravel developer: a RetryPolicy-style struct with descriptive fields (base_delay, max_delay, failures, last_delay), exponent via saturating_pow, reconnect as a for-loop over 1..=tries with early return
//! Capped exponential backoff with jitter, for reconnecting clients.

pub trait Rng {
    fn next_u64(&mut self) -> u64;
}

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jitter {
    None,
    Full,
    Decorrelated,
}

pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let random = rng.next_u64();
    if lo == 0 && hi == u64::MAX {
        return random;
    }
    lo + random % (hi - lo + 1)
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_delay: u64,
    max_delay: u64,
    strategy: Jitter,
    random: R,
    failures: u32,
    last_delay: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base_delay = if base_ms > cap_ms { cap_ms } else { base_ms };
        Self {
            base_delay,
            max_delay: cap_ms,
            strategy: jitter,
            random: rng,
            failures: 0,
            last_delay: base_delay,
        }
    }

    pub fn attempt(&self) -> u32 {
        self.failures
    }

    fn exponential_delay(&self) -> u64 {
        let multiplier = 2u64.saturating_pow(self.failures);
        self.base_delay.saturating_mul(multiplier).min(self.max_delay)
    }

    pub fn next_delay(&mut self) -> u64 {
        let delay = match self.strategy {
            Jitter::None => self.exponential_delay(),
            Jitter::Full => {
                let ceiling = self.exponential_delay();
                uniform(&mut self.random, 0, ceiling)
            }
            Jitter::Decorrelated => {
                let upper = std::cmp::max(self.base_delay, self.last_delay.saturating_mul(3));
                let drawn = uniform(&mut self.random, self.base_delay, upper);
                std::cmp::min(self.max_delay, drawn)
            }
        };
        self.last_delay = delay;
        self.failures = self.failures.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.failures = 0;
        self.last_delay = self.base_delay;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let tries = if max_attempts == 0 { 1 } else { max_attempts };
    let mut last_error = None;
    for attempt in 1..=tries {
        if attempt > 1 {
            sleep(backoff.next_delay());
        }
        match connect(attempt) {
            Ok(connection) => {
                backoff.reset();
                return Ok(connection);
            }
            Err(error) => last_error = Some(error),
        }
    }
    Err(last_error.expect("at least one attempt was made"))
}
