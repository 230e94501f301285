// learner: optimal
// idiom: free helper functions, explicit shift with a k >= 64 guard and checked_mul fallback, while loop in reconnect
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

pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    let width = hi - lo;
    if width == u64::MAX { r } else { lo + r % (width + 1) }
}

fn exp_ceiling(base: u64, cap: u64, k: u32) -> u64 {
    if k >= 64 {
        return if base == 0 { 0 } else { cap };
    }
    let factor = 1u64 << k;
    base.checked_mul(factor).map_or(cap, |v| v.min(cap))
}

fn decorrelated(rng: &mut impl Rng, base: u64, cap: u64, prev: u64) -> u64 {
    let upper = std::cmp::max(base, prev.saturating_mul(3));
    std::cmp::min(cap, uniform(rng, base, upper))
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
        let base = std::cmp::min(base_ms, cap_ms);
        Self { base, cap: cap_ms, jitter, rng, k: 0, prev: base }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    pub fn next_delay(&mut self) -> u64 {
        let ceiling = exp_ceiling(self.base, self.cap, self.k);
        self.k = self.k.saturating_add(1);
        match self.jitter {
            Jitter::None => ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, ceiling),
            Jitter::Decorrelated => {
                self.prev = decorrelated(&mut self.rng, self.base, self.cap, self.prev);
                self.prev
            }
        }
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
    let total = max_attempts.max(1);
    let mut tried = 0;
    let mut last_err = None;
    while tried < total {
        tried += 1;
        match connect(tried) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => {
                if tried < total {
                    sleep(backoff.next_delay());
                }
                last_err = Some(e);
            }
        }
    }
    Err(last_err.expect("at least one attempt was made"))
}
