// learner: optimal
// idiom: vala: u128 shift with the exponent clamped, a "retry-scheduled" callback property, reconnect as a while loop
// why: the ceiling is one clamped u128 shift and a min, O(1); no history is kept; reconnect calls connect at most max_attempts times with O(1) state
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
    let r = rng.next_u64() as u128;
    let span = (hi as u128) - (lo as u128) + 1;
    ((lo as u128) + r % span) as u64
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    priv_base: u64,
    priv_cap: u64,
    priv_jitter: Jitter,
    priv_rng: R,
    priv_attempt: u32,
    priv_prev: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let clamped = std::cmp::min(base_ms, cap_ms);
        Self {
            priv_base: clamped,
            priv_cap: cap_ms,
            priv_jitter: jitter,
            priv_rng: rng,
            priv_attempt: 0,
            priv_prev: clamped,
        }
    }

    pub fn attempt(&self) -> u32 {
        self.priv_attempt
    }

    fn compute_ceiling(base: u64, cap: u64, k: u32) -> u64 {
        let wide = (base as u128) << k.min(64);
        if wide > cap as u128 {
            cap
        } else {
            wide as u64
        }
    }

    pub fn next_delay(&mut self) -> u64 {
        let base = self.priv_base;
        let cap = self.priv_cap;
        let value = match self.priv_jitter {
            Jitter::None => Self::compute_ceiling(base, cap, self.priv_attempt),
            Jitter::Full => {
                let ceiling = Self::compute_ceiling(base, cap, self.priv_attempt);
                uniform(&mut self.priv_rng, 0, ceiling)
            }
            Jitter::Decorrelated => {
                let three_prev = (self.priv_prev as u128) * 3;
                let hi = if three_prev > u64::MAX as u128 { u64::MAX } else { three_prev as u64 };
                let hi = hi.max(base);
                let picked = uniform(&mut self.priv_rng, base, hi).min(cap);
                self.priv_prev = picked;
                picked
            }
        };
        self.priv_attempt = self.priv_attempt.saturating_add(1);
        value
    }

    pub fn reset(&mut self) {
        self.priv_attempt = 0;
        self.priv_prev = self.priv_base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    connect: impl FnMut(u32) -> Result<C, E>,
    sleep: impl FnMut(u64),
) -> Result<C, E> {
    let mut connect = connect;
    let mut on_retry_scheduled = sleep;
    let limit = if max_attempts < 1 { 1 } else { max_attempts };
    let mut n: u32 = 1;
    let mut outcome = connect(n);
    while outcome.is_err() && n < limit {
        on_retry_scheduled(backoff.next_delay());
        n += 1;
        outcome = connect(n);
    }
    if outcome.is_ok() {
        backoff.reset();
    }
    outcome
}
