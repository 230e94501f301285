// learner: optimal
// idiom: performance engineer, incremental ceiling (one saturating doubling per call, frozen once at the cap), no pow at all, for-range reconnect
//! Capped exponential backoff with jitter, for reconnecting clients.

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
#[inline]
pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    match (hi - lo).checked_add(1) {
        Some(span) => lo + r % span,
        None => r,
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    /// ceiling(attempt): doubled (saturating, capped) after each delay.
    ceil: u64,
    /// Previous delay, decorrelated mode only.
    prev: u64,
    attempt: u32,
    jitter: Jitter,
    rng: R,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        Backoff { base, cap: cap_ms, ceil: base, prev: base, attempt: 0, jitter, rng }
    }

    #[inline]
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    pub fn next_delay(&mut self) -> u64 {
        let d = match self.jitter {
            Jitter::None => self.ceil,
            Jitter::Full => uniform(&mut self.rng, 0, self.ceil),
            Jitter::Decorrelated => {
                let hi = self.prev.saturating_mul(3).max(self.base);
                let d = uniform(&mut self.rng, self.base, hi).min(self.cap);
                self.prev = d;
                d
            }
        };
        if self.ceil < self.cap {
            self.ceil = self.ceil.saturating_mul(2).min(self.cap);
        }
        self.attempt = self.attempt.saturating_add(1);
        d
    }

    #[inline]
    pub fn reset(&mut self) {
        self.attempt = 0;
        self.ceil = self.base;
        self.prev = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let last = max_attempts.max(1);
    for n in 1..last {
        match connect(n) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(_) => sleep(backoff.next_delay()),
        }
    }
    let out = connect(last);
    if out.is_ok() {
        backoff.reset();
    }
    out
}
