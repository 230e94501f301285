// learner: optimal
// idiom: keeps the current ceiling as state and doubles it per call (saturating), if-heavy, while-let style reconnect
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
    jitter: Jitter,
    rng: R,
    count: u32,
    ceiling: u64, // min(cap, base * 2^count)
    prev: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { base, cap: cap_ms, jitter, rng, count: 0, ceiling: base, prev: base }
    }

    pub fn attempt(&self) -> u32 {
        self.count
    }

    pub fn next_delay(&mut self) -> u64 {
        let out;
        if self.jitter == Jitter::None {
            out = self.ceiling;
        } else if self.jitter == Jitter::Full {
            out = uniform(&mut self.rng, 0, self.ceiling);
        } else {
            let mut hi = self.prev.saturating_mul(3);
            if hi < self.base {
                hi = self.base;
            }
            let mut d = uniform(&mut self.rng, self.base, hi);
            if d > self.cap {
                d = self.cap;
            }
            self.prev = d;
            out = d;
        }
        self.ceiling = self.ceiling.saturating_mul(2);
        if self.ceiling > self.cap {
            self.ceiling = self.cap;
        }
        if self.count < u32::MAX {
            self.count += 1;
        }
        out
    }

    pub fn reset(&mut self) {
        self.count = 0;
        self.ceiling = self.base;
        self.prev = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let max = if max_attempts == 0 { 1 } else { max_attempts };
    let mut i = 1;
    let mut res = connect(i);
    while let Err(e) = res {
        if i == max {
            return Err(e);
        }
        sleep(backoff.next_delay());
        i += 1;
        res = connect(i);
    }
    backoff.reset();
    res
}
