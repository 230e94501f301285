// learner: optimal
// idiom: vala: private fields with getters, ceiling from saturating_pow, match on the jitter enum
// why: next_delay is a constant number of saturating ops and at most one draw, O(1); reset sets two fields; reconnect loops at most max_attempts times with O(1) state
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
        None => r, // the full u64 range
    }
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    jitter: Jitter,
    rng: R,
    attempt: u32,
    previous_ms: u64,
}

impl<R: Rng> Backoff<R> {
    /// A backoff that starts at `base_ms` and never exceeds `cap_ms`.
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base_ms = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { base_ms, cap_ms, jitter, rng, attempt: 0, previous_ms: base_ms }
    }

    /// How many delays were handed out since creation or the last `reset`.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    pub fn get_base(&self) -> u64 {
        self.base_ms
    }

    pub fn get_cap(&self) -> u64 {
        self.cap_ms
    }

    pub fn get_jitter(&self) -> Jitter {
        self.jitter
    }

    fn ceiling(&self) -> u64 {
        let factor = 2u64.saturating_pow(self.attempt);
        let raw = self.base_ms.saturating_mul(factor);
        if raw > self.cap_ms {
            self.cap_ms
        } else {
            raw
        }
    }

    /// The delay before the next attempt; advances the attempt counter.
    pub fn next_delay(&mut self) -> u64 {
        let delay = match self.jitter {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let top = self.ceiling();
                uniform(&mut self.rng, 0, top)
            }
            Jitter::Decorrelated => {
                let hi = self.base_ms.max(self.previous_ms.saturating_mul(3));
                let drawn = uniform(&mut self.rng, self.base_ms, hi);
                let d = drawn.min(self.cap_ms);
                self.previous_ms = d;
                d
            }
        };
        self.attempt = self.attempt.saturating_add(1);
        delay
    }

    /// Back to the first delay: call after a successful connection.
    pub fn reset(&mut self) {
        self.attempt = 0;
        self.previous_ms = self.base_ms;
    }
}

/// Tries `connect(1)`, `connect(2)`, … up to `max_attempts` times (0 counts
/// as 1), calling `sleep(backoff.next_delay())` between failed attempts.
pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let max = if max_attempts == 0 { 1 } else { max_attempts };
    let mut attempt = 1u32;
    loop {
        match connect(attempt) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(err) => {
                if attempt >= max {
                    return Err(err);
                }
                sleep(backoff.next_delay());
                attempt += 1;
            }
        }
    }
}
