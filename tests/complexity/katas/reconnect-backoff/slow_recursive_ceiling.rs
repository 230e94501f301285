// learner: slow
// why: Backoff::next_delay is O(k) time and space, target O(1): the ceiling is defined recursively, ceiling(k) = min(cap, 2 * ceiling(k - 1)), one stack frame per attempt
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
    if lo == 0 && hi == u64::MAX {
        return r;
    }
    lo + r % (hi - lo + 1)
}

fn ceiling_at(base: u64, cap: u64, k: u32) -> u64 {
    if k == 0 {
        return base;
    }
    let below = ceiling_at(base, cap, k - 1);
    below.saturating_mul(2).min(cap)
}

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
        let base = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { base, cap: cap_ms, jitter, rng, k: 0, prev: base }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    fn ceiling(&self) -> u64 {
        ceiling_at(self.base, self.cap, self.k)
    }

    pub fn next_delay(&mut self) -> u64 {
        let d;
        if self.jitter == Jitter::None {
            d = self.ceiling();
        } else if self.jitter == Jitter::Full {
            let c = self.ceiling();
            d = uniform(&mut self.rng, 0, c);
        } else {
            let hi = if self.prev.saturating_mul(3) > self.base { self.prev.saturating_mul(3) } else { self.base };
            let x = uniform(&mut self.rng, self.base, hi);
            d = if x > self.cap { self.cap } else { x };
            self.prev = d;
        }
        self.k = self.k.saturating_add(1);
        d
    }

    pub fn reset(&mut self) {
        self.k = 0;
        self.prev = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let n = if max_attempts == 0 { 1 } else { max_attempts };
    for i in 1..=n {
        match connect(i) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => {
                if i == n {
                    return Err(e);
                }
                sleep(backoff.next_delay());
            }
        }
    }
    unreachable!("the last attempt always returns")
}
