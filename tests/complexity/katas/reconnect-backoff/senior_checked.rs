// learner: optimal
// idiom: documented senior style, checked_shl on 1u64 with saturating fallback, private helpers, debug_assert invariants, while loop
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
    debug_assert!(lo <= hi, "empty range [{lo}, {hi}]");
    let r = rng.next_u64();
    // The span overflows only for the full range [0, u64::MAX], where every
    // `r` is already a valid answer.
    let Some(span) = (hi - lo).checked_add(1) else {
        return r;
    };
    lo + r % span
}

/// Delays between reconnection attempts, in milliseconds.
///
/// The state is O(1): the attempt counter and, for decorrelated jitter, the
/// previous delay.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    jitter: Jitter,
    rng: R,
    attempt: u32,
    prev_ms: u64,
}

impl<R: Rng> Backoff<R> {
    /// A backoff that starts at `base_ms` and never exceeds `cap_ms`. A base
    /// above the cap is lowered to the cap.
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base_ms = base_ms.min(cap_ms);
        Self { base_ms, cap_ms, jitter, rng, attempt: 0, prev_ms: base_ms }
    }

    /// How many delays were handed out since creation or the last `reset`.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// `2^k`, saturating at `u64::MAX` once it no longer fits.
    fn power_of_two(k: u32) -> u64 {
        1u64.checked_shl(k).unwrap_or(u64::MAX)
    }

    /// `min(cap, base * 2^k)` for the current attempt, without overflow.
    fn ceiling(&self) -> u64 {
        let c = self.base_ms.saturating_mul(Self::power_of_two(self.attempt)).min(self.cap_ms);
        debug_assert!(c <= self.cap_ms);
        c
    }

    /// `min(cap, uniform(base, max(base, 3 * prev)))`, remembering the result.
    fn decorrelated(&mut self) -> u64 {
        let hi = self.prev_ms.saturating_mul(3).max(self.base_ms);
        let d = uniform(&mut self.rng, self.base_ms, hi).min(self.cap_ms);
        debug_assert!(self.base_ms <= d && d <= self.cap_ms);
        self.prev_ms = d;
        d
    }

    /// The delay before the next attempt; advances the attempt counter.
    pub fn next_delay(&mut self) -> u64 {
        let delay = match self.jitter {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let ceiling = self.ceiling();
                uniform(&mut self.rng, 0, ceiling)
            }
            Jitter::Decorrelated => self.decorrelated(),
        };
        self.attempt = self.attempt.saturating_add(1);
        delay
    }

    /// Back to the first delay: call after a successful connection.
    pub fn reset(&mut self) {
        self.attempt = 0;
        self.prev_ms = self.base_ms;
    }
}

/// Tries `connect(1)`, `connect(2)`, … up to `max_attempts` times (0 counts
/// as 1), calling `sleep(backoff.next_delay())` between failed attempts (not
/// after the last one). On success the backoff is reset and the connection
/// returned; otherwise the last error is.
pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let limit = max_attempts.max(1);
    let mut attempt = 1;
    loop {
        match connect(attempt) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(err) => {
                if attempt >= limit {
                    return Err(err);
                }
                sleep(backoff.next_delay());
                attempt += 1;
            }
        }
    }
}
