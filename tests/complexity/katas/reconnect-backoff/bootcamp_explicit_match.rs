// learner: optimal
// idiom: bootcamp style, explicit match on the jitter mode, checked shift of 1 with fallback, while-loop reconnect, comments on every step
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
/// Draws a value in `[lo, hi]` (inclusive) as `lo + r % (hi - lo + 1)`.
pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    // Always draw exactly one number.
    let r = rng.next_u64();
    // How many values are in the range? This overflows only for the full range.
    let width = hi - lo;
    match width.checked_add(1) {
        // Normal case.
        Some(count) => lo + r % count,
        // The full u64 range: every r is fine as it is.
        None => r,
    }
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    /// The first delay (never above the cap).
    base: u64,
    /// The largest delay ever handed out.
    cap: u64,
    /// How to add randomness.
    jitter: Jitter,
    /// Where random numbers come from.
    rng: R,
    /// How many delays were handed out since the last reset.
    attempts: u32,
    /// The previous delay (for decorrelated jitter).
    previous: u64,
}

impl<R: Rng> Backoff<R> {
    /// A backoff that starts at `base_ms` and never exceeds `cap_ms`.
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        // A base above the cap is lowered to the cap.
        let mut base = base_ms;
        if base > cap_ms {
            base = cap_ms;
        }
        Backoff {
            base: base,
            cap: cap_ms,
            jitter: jitter,
            rng: rng,
            attempts: 0,
            previous: base,
        }
    }

    /// How many delays were handed out since creation or the last `reset`.
    pub fn attempt(&self) -> u32 {
        self.attempts
    }

    /// min(cap, base * 2^k) without overflowing.
    fn ceiling(&self, k: u32) -> u64 {
        // 2^k as a u64, or None when it does not fit (k >= 64).
        let power_of_two: Option<u64> = if k < 64 { Some(1u64 << k) } else { None };
        // base * 2^k, or "huge" if anything overflowed.
        let mut value = u64::MAX;
        if let Some(p) = power_of_two {
            if let Some(product) = self.base.checked_mul(p) {
                value = product;
            }
        }
        // Never above the cap.
        if value > self.cap {
            value = self.cap;
        }
        value
    }

    /// The delay before the next attempt; advances the attempt counter.
    pub fn next_delay(&mut self) -> u64 {
        let k = self.attempts;
        let delay: u64;
        match self.jitter {
            Jitter::None => {
                // Exactly the ceiling.
                delay = self.ceiling(k);
            }
            Jitter::Full => {
                // Anything between 0 and the ceiling.
                let top = self.ceiling(k);
                delay = uniform(&mut self.rng, 0, top);
            }
            Jitter::Decorrelated => {
                // Between base and three times the previous delay, then capped.
                let three_times = self.previous.saturating_mul(3);
                let mut high = three_times;
                if high < self.base {
                    high = self.base;
                }
                let drawn = uniform(&mut self.rng, self.base, high);
                let mut capped = drawn;
                if capped > self.cap {
                    capped = self.cap;
                }
                delay = capped;
                // Remember it for next time.
                self.previous = delay;
            }
        }
        // One more attempt (never overflow).
        self.attempts = self.attempts.saturating_add(1);
        delay
    }

    /// Back to the first delay: call after a successful connection.
    pub fn reset(&mut self) {
        self.attempts = 0;
        self.previous = self.base;
    }
}

/// Tries `connect(1)`, `connect(2)`, … up to `max_attempts` times (0 counts as 1).
pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    // Zero attempts still means one try.
    let mut limit = max_attempts;
    if limit == 0 {
        limit = 1;
    }
    // Attempt numbers start at 1.
    let mut attempt: u32 = 1;
    loop {
        match connect(attempt) {
            Ok(connection) => {
                // Success: start over next time.
                backoff.reset();
                return Ok(connection);
            }
            Err(error) => {
                // Out of attempts: give up with this error.
                if attempt >= limit {
                    return Err(error);
                }
                // Wait, then try again.
                let wait = backoff.next_delay();
                sleep(wait);
                attempt = attempt + 1;
            }
        }
    }
}
