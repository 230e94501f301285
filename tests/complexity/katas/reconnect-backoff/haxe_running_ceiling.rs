// learner: optimal
// idiom: Haxe game-dev style: keeps a running ceiling that doubles each tick instead of recomputing 2^k, inline helpers, for-range reconnect
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
    if lo == 0 && hi == u64::MAX {
        return r;
    }
    lo + r % (hi - lo + 1)
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    mode: Jitter,
    rng: R,
    tick: u32,
    ceil: u64, // ceiling for the current tick
    prev: u64,
}

#[inline]
fn grow(c: u64, cap: u64) -> u64 {
    c.saturating_mul(2).min(cap)
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { base, cap: cap_ms, mode: jitter, rng, tick: 0, ceil: base, prev: base }
    }

    pub fn attempt(&self) -> u32 {
        self.tick
    }

    pub fn next_delay(&mut self) -> u64 {
        let d = match self.mode {
            Jitter::None => self.ceil,
            Jitter::Full => uniform(&mut self.rng, 0, self.ceil),
            Jitter::Decorrelated => {
                let hi = self.prev.saturating_mul(3).max(self.base);
                uniform(&mut self.rng, self.base, hi).min(self.cap)
            }
        };
        self.prev = d;
        self.ceil = grow(self.ceil, self.cap);
        self.tick = self.tick.saturating_add(1);
        d
    }

    pub fn reset(&mut self) {
        self.tick = 0;
        self.ceil = self.base;
        self.prev = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let last = max_attempts.max(1);
    for n in 1..last {
        if let Ok(c) = connect(n) {
            backoff.reset();
            return Ok(c);
        }
        sleep(backoff.next_delay());
    }
    let c = connect(last)?;
    backoff.reset();
    Ok(c)
}
