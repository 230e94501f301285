// learner: optimal
// idiom: TA textbook style: private helper `ceiling`, saturating_pow/saturating_mul, match on Jitter, for-loop reconnect, doc comments and asserted invariants
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
    None,
    Full,
    Decorrelated,
}

/// Draws a value in `[lo, hi]` as `lo + r % (hi - lo + 1)`; exactly one draw.
pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    assert!(lo <= hi, "empty range [{lo}, {hi}]");
    let r = rng.next_u64();
    match (hi - lo).checked_add(1) {
        Some(width) => lo + r % width,
        None => r, // the full range [0, u64::MAX]
    }
}

/// Delays between reconnection attempts, in milliseconds.
///
/// Invariant: `base <= cap`, and `prev` lies in `[base, cap]`.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    jitter: Jitter,
    rng: R,
    attempt: u32,
    prev: u64,
}

impl<R: Rng> Backoff<R> {
    /// A backoff from `base_ms` up to `cap_ms`; a base above the cap is lowered.
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        Backoff { base, cap: cap_ms, jitter, rng, attempt: 0, prev: base }
    }

    /// Delays handed out since creation or the last reset.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// `min(cap, base * 2^k)` for the current attempt `k`, without overflow.
    fn ceiling(&self) -> u64 {
        let factor = 2u64.saturating_pow(self.attempt);
        self.base.saturating_mul(factor).min(self.cap)
    }

    /// The delay before the next attempt; advances the attempt counter.
    pub fn next_delay(&mut self) -> u64 {
        let delay = match self.jitter {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let ceiling = self.ceiling();
                uniform(&mut self.rng, 0, ceiling)
            }
            Jitter::Decorrelated => {
                let hi = self.base.max(self.prev.saturating_mul(3));
                let drawn = uniform(&mut self.rng, self.base, hi).min(self.cap);
                self.prev = drawn;
                drawn
            }
        };
        debug_assert!(delay <= self.cap, "a delay never exceeds the cap");
        self.attempt = self.attempt.saturating_add(1);
        delay
    }

    /// Back to the first delay: call after a successful connection.
    pub fn reset(&mut self) {
        self.attempt = 0;
        self.prev = self.base;
    }
}

/// Tries `connect(1)`, `connect(2)`, … up to `max_attempts` times (0 counts as 1).
pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let attempts = max_attempts.max(1);
    let mut last_error = None;
    for attempt in 1..=attempts {
        if attempt > 1 {
            sleep(backoff.next_delay());
        }
        match connect(attempt) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(e) => last_error = Some(e),
        }
    }
    Err(last_error.expect("at least one attempt was made"))
}
