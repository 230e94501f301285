// learner: optimal
// idiom: keeps the current ceiling as state and doubles it (saturating) per call instead of computing 2^k; loop/match reconnect with an attempt counter
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
    match (lo, hi) {
        (0, u64::MAX) => r,
        _ => lo + r % (hi - lo + 1),
    }
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    kind: Jitter,
    rng: R,
    count: u32,
    ceiling: u64, // min(cap, base * 2^count)
    previous: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = std::cmp::min(base_ms, cap_ms);
        Backoff { base, cap: cap_ms, kind: jitter, rng, count: 0, ceiling: base, previous: base }
    }

    pub fn attempt(&self) -> u32 {
        self.count
    }

    pub fn next_delay(&mut self) -> u64 {
        let out = if self.kind == Jitter::None {
            self.ceiling
        } else if self.kind == Jitter::Full {
            uniform(&mut self.rng, 0, self.ceiling)
        } else {
            let upper = std::cmp::max(self.base, self.previous.saturating_mul(3));
            let d = std::cmp::min(self.cap, uniform(&mut self.rng, self.base, upper));
            self.previous = d;
            d
        };
        self.count = self.count.saturating_add(1);
        self.ceiling = std::cmp::min(self.cap, self.ceiling.saturating_mul(2));
        out
    }

    pub fn reset(&mut self) {
        self.count = 0;
        self.ceiling = self.base;
        self.previous = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let limit = std::cmp::max(1, max_attempts);
    let mut tries = 0u32;
    loop {
        tries += 1;
        match connect(tries) {
            Ok(conn) => {
                backoff.reset();
                break Ok(conn);
            }
            Err(err) if tries >= limit => break Err(err),
            Err(_) => sleep(backoff.next_delay()),
        }
    }
}
