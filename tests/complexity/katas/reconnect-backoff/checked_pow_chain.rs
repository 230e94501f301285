// learner: optimal
// idiom: terse expert: checked_pow/checked_mul Option chain with map_or, Self::field shorthand, loop-with-break-value reconnect
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

    pub fn next_delay(&mut self) -> u64 {
        let Self { base, cap, .. } = *self;
        let ceiling = 2u64.checked_pow(self.k).and_then(|p| base.checked_mul(p)).map_or(cap, |c| c.min(cap));
        let d = match self.jitter {
            Jitter::None => ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, ceiling),
            Jitter::Decorrelated => {
                self.prev = uniform(&mut self.rng, base, base.max(self.prev.saturating_mul(3))).min(cap);
                self.prev
            }
        };
        self.k = self.k.saturating_add(1);
        d
    }

    pub fn reset(&mut self) {
        (self.k, self.prev) = (0, self.base);
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let max = max_attempts.max(1);
    let mut n = 0;
    loop {
        n += 1;
        let e = match connect(n) {
            Ok(c) => {
                backoff.reset();
                break Ok(c);
            }
            Err(e) => e,
        };
        if n >= max {
            break Err(e);
        }
        sleep(backoff.next_delay());
    }
}
