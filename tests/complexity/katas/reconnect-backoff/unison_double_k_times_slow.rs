// learner: slow
// idiom: Unison: `2^k` as a fold — `List.foldLeft (acc _ -> acc * 2) base (range 0 k)` — recomputed from scratch for every delay
// why: next_delay doubles k times to get base * 2^k, O(k) per call, so n failed attempts in `reconnect` cost O(n^2) where O(1) per delay is the target
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
        None => r, // the full u64 range: r itself is uniform
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
    prev: u64,
}

/// `min(cap, base * 2^k)`, doubling one step at a time (saturating).
fn ceiling(base: u64, cap: u64, k: u32) -> u64 {
    (0..k).fold(base, |acc, _| acc.saturating_mul(2)).min(cap)
}

impl<R: Rng> Backoff<R> {
    /// A backoff that starts at `base_ms` and never exceeds `cap_ms`. A base
    /// above the cap is lowered to the cap.
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        Backoff { base, cap: cap_ms, jitter, rng, attempt: 0, prev: base }
    }

    /// How many delays were handed out since creation or the last `reset`.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// The delay before the next attempt; advances the attempt counter.
    pub fn next_delay(&mut self) -> u64 {
        let c = ceiling(self.base, self.cap, self.attempt);
        let delay = match self.jitter {
            Jitter::None => c,
            Jitter::Full => uniform(&mut self.rng, 0, c),
            Jitter::Decorrelated => {
                uniform(&mut self.rng, self.base, self.base.max(self.prev.saturating_mul(3))).min(self.cap)
            }
        };
        self.prev = delay;
        self.attempt = self.attempt.saturating_add(1);
        delay
    }

    /// Back to the first delay: call after a successful connection.
    pub fn reset(&mut self) {
        self.attempt = 0;
        self.prev = self.base;
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
    let max = max_attempts.max(1);
    let mut attempt = 1;
    loop {
        match connect(attempt) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(e) if attempt >= max => return Err(e),
            Err(_) => {
                sleep(backoff.next_delay());
                attempt += 1;
            }
        }
    }
}
