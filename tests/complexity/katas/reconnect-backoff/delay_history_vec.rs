// learner: slow
// why: Backoff::next_delay is O(k) space, target O(1): it records every delay handed out in a Vec (prev = last entry), never trimmed until reset
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

/// Draws a value in `[lo, hi]` (inclusive) as `lo + r % (hi - lo + 1)`,
/// where `r` is the next number from `rng`; exactly one number is drawn.
pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    match (hi - lo).checked_add(1) {
        Some(span) => lo + r % span,
        None => r,
    }
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    jitter: Jitter,
    rng: R,
    attempt: u32,
    delays: Vec<u64>,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        Backoff { base, cap: cap_ms, jitter, rng, attempt: 0, delays: Vec::new() }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    fn ceiling(&self) -> u64 {
        let factor = 1u64.checked_shl(self.attempt).unwrap_or(u64::MAX);
        self.base.saturating_mul(factor).min(self.cap)
    }

    pub fn next_delay(&mut self) -> u64 {
        let d = match self.jitter {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let c = self.ceiling();
                uniform(&mut self.rng, 0, c)
            }
            Jitter::Decorrelated => {
                let prev = self.delays.last().copied().unwrap_or(self.base);
                let hi = self.base.max(prev.saturating_mul(3));
                uniform(&mut self.rng, self.base, hi).min(self.cap)
            }
        };
        self.attempt = self.attempt.saturating_add(1);
        self.delays.push(d);
        d
    }

    pub fn reset(&mut self) {
        self.attempt = 0;
        self.delays = Vec::new();
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let max = max_attempts.max(1);
    let mut attempt = 1;
    loop {
        match connect(attempt) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => {
                if attempt >= max {
                    return Err(e);
                }
                sleep(backoff.next_delay());
                attempt += 1;
            }
        }
    }
}
