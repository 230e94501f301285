// learner: optimal
// idiom: keeps the current ceiling and doubles it (saturating, capped) per call instead of computing 2^k; if-heavy; while-loop reconnect
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
    if lo == 0 && hi == u64::MAX {
        return r;
    }
    lo + r % (hi - lo + 1)
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    jitter: Jitter,
    rng: R,
    attempts: u32,
    current_ceiling: u64,
    last_delay: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let mut base = base_ms;
        if base > cap_ms {
            base = cap_ms;
        }
        Backoff {
            base_ms: base,
            cap_ms,
            jitter,
            rng,
            attempts: 0,
            current_ceiling: base,
            last_delay: base,
        }
    }

    pub fn attempt(&self) -> u32 {
        self.attempts
    }

    pub fn next_delay(&mut self) -> u64 {
        let delay;
        if self.jitter == Jitter::None {
            delay = self.current_ceiling;
        } else if self.jitter == Jitter::Full {
            delay = uniform(&mut self.rng, 0, self.current_ceiling);
        } else {
            let mut hi = self.last_delay.saturating_mul(3);
            if hi < self.base_ms {
                hi = self.base_ms;
            }
            let mut d = uniform(&mut self.rng, self.base_ms, hi);
            if d > self.cap_ms {
                d = self.cap_ms;
            }
            self.last_delay = d;
            delay = d;
        }
        // advance: ceiling(k + 1) = min(cap, 2 * ceiling(k))
        let doubled = self.current_ceiling.saturating_mul(2);
        self.current_ceiling = if doubled > self.cap_ms { self.cap_ms } else { doubled };
        if self.attempts < u32::MAX {
            self.attempts += 1;
        }
        delay
    }

    pub fn reset(&mut self) {
        self.attempts = 0;
        self.current_ceiling = self.base_ms;
        self.last_delay = self.base_ms;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let limit = if max_attempts == 0 { 1 } else { max_attempts };
    let mut attempt = 1;
    let mut result = connect(attempt);
    while result.is_err() && attempt < limit {
        sleep(backoff.next_delay());
        attempt += 1;
        result = connect(attempt);
    }
    if result.is_ok() {
        backoff.reset();
    }
    result
}
