// learner: slow
// why: Backoff::next_delay is O(k) time, target O(1): the ceiling is rebuilt by folding a doubling over all k previous attempts on every call
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


/// Draws a value in `[lo, hi]` (inclusive) as `lo + r % (hi - lo + 1)`.
pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    (hi - lo).checked_add(1).map_or(r, |span| lo + r % span)
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    jitter: Jitter,
    rng: R,
    k: u32,
    prev: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        Self { base, cap: cap_ms, jitter, rng, k: 0, prev: base }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    /// ceiling(k) = base doubled k times, clamped: a foldLeft over the attempts.
    fn ceiling(&self) -> u64 {
        (0..self.k).fold(self.base, |acc, _| acc.saturating_mul(2)).min(self.cap)
    }

    pub fn next_delay(&mut self) -> u64 {
        let ceiling = self.ceiling();
        let delay = match self.jitter {
            Jitter::None => ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, ceiling),
            Jitter::Decorrelated => {
                let hi = self.base.max(self.prev.saturating_mul(3));
                uniform(&mut self.rng, self.base, hi).min(self.cap)
            }
        };
        self.prev = delay;
        self.k = self.k.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.k = 0;
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
    let last = max_attempts.max(1);
    let mut n = 1;
    loop {
        match connect(n) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) if n >= last => return Err(e),
            Err(_) => sleep(backoff.next_delay()),
        }
        n += 1;
    }
}
