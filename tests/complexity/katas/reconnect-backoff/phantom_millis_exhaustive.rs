// learner: optimal
// idiom: Idris-style: Millis newtype, exact 2^k via 1u64.checked_shl (None past 63 => saturate), exhaustive Jitter match, invariants as comments
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
        Some(width) => lo + r % width,
        // hi - lo + 1 == 2^64: the full range, every r is already in it.
        None => r,
    }
}

/// Milliseconds. Invariant kept by `Backoff`: every Millis it holds is <= cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Millis(u64);

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: Millis, // base <= cap
    cap: Millis,
    jitter: Jitter,
    rng: R,
    attempt: u32,
    prev: Millis, // base <= prev <= cap
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = Millis(base_ms.min(cap_ms));
        Backoff { base, cap: Millis(cap_ms), jitter, rng, attempt: 0, prev: base }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// ceiling(k) = min(cap, base * 2^k), exact and overflow-free.
    fn ceiling(&self, k: u32) -> Millis {
        let scaled = match 1u64.checked_shl(k) {
            Some(two_k) => self.base.0.saturating_mul(two_k),
            None => {
                if self.base.0 == 0 { 0 } else { u64::MAX }
            }
        };
        Millis(scaled.min(self.cap.0))
    }

    pub fn next_delay(&mut self) -> u64 {
        let k = self.attempt;
        let Millis(delay) = match self.jitter {
            Jitter::None => self.ceiling(k),
            Jitter::Full => {
                let Millis(top) = self.ceiling(k);
                Millis(uniform(&mut self.rng, 0, top))
            }
            Jitter::Decorrelated => {
                let hi = self.base.0.max(self.prev.0.saturating_mul(3));
                let d = Millis(uniform(&mut self.rng, self.base.0, hi).min(self.cap.0));
                self.prev = d;
                d
            }
        };
        self.attempt = self.attempt.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.attempt = 0;
        self.prev = self.base;
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
    // Invariant: 1 <= attempt <= max at the top of the loop.
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
