// learner: optimal
// idiom: beginner-verbose: every setting its own field, if/else chains, ceiling by checked_mul with a fallback, reconnect as `loop` with a labelled break and a mutable attempt counter
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
    base_ms: u64,
    cap_ms: u64,
    jitter: Jitter,
    rng: R,
    attempts_so_far: u32,
    previous_delay: u64,
}

impl<R: Rng> Backoff<R> {
    /// A backoff that starts at `base_ms` and never exceeds `cap_ms`. A base
    /// above the cap is lowered to the cap.
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
            attempts_so_far: 0,
            previous_delay: base,
        }
    }

    /// How many delays were handed out since creation or the last `reset`.
    pub fn attempt(&self) -> u32 {
        self.attempts_so_far
    }

    fn current_ceiling(&self) -> u64 {
        let k = self.attempts_so_far;
        // 2^k as a multiplier; from k = 64 on it does not fit any more
        let multiplier: Option<u64> = if k < 64 { Some(1u64 << k) } else { None };
        let raw = match multiplier {
            Some(m) => match self.base_ms.checked_mul(m) {
                Some(v) => v,
                None => u64::MAX,
            },
            None => {
                if self.base_ms == 0 {
                    0
                } else {
                    u64::MAX
                }
            }
        };
        if raw > self.cap_ms {
            self.cap_ms
        } else {
            raw
        }
    }

    /// The delay before the next attempt; advances the attempt counter.
    pub fn next_delay(&mut self) -> u64 {
        let delay;
        if self.jitter == Jitter::None {
            delay = self.current_ceiling();
        } else if self.jitter == Jitter::Full {
            let ceiling = self.current_ceiling();
            delay = uniform(&mut self.rng, 0, ceiling);
        } else {
            let mut upper = self.previous_delay.saturating_mul(3);
            if upper < self.base_ms {
                upper = self.base_ms;
            }
            let drawn = uniform(&mut self.rng, self.base_ms, upper);
            if drawn > self.cap_ms {
                delay = self.cap_ms;
            } else {
                delay = drawn;
            }
        }
        self.previous_delay = delay;
        if self.attempts_so_far < u32::MAX {
            self.attempts_so_far += 1;
        }
        delay
    }

    /// Back to the first delay: call after a successful connection.
    pub fn reset(&mut self) {
        self.attempts_so_far = 0;
        self.previous_delay = self.base_ms;
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
    let mut allowed = max_attempts;
    if allowed == 0 {
        allowed = 1;
    }
    let mut attempt_number: u32 = 1;
    let final_error: E = 'trying: loop {
        let result = connect(attempt_number);
        match result {
            Ok(connection) => {
                backoff.reset();
                return Ok(connection);
            }
            Err(error) => {
                if attempt_number >= allowed {
                    break 'trying error;
                }
                let wait = backoff.next_delay();
                sleep(wait);
                attempt_number += 1;
            }
        }
    };
    Err(final_error)
}
