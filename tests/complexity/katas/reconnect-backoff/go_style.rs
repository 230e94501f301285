// learner: optimal
// idiom: Go-style: free helpers ceiling(base, cap, k) via u128 shift and draw(rng, jitter, base, cap, k, prev) with many params, early returns, loop+match reconnect
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

fn ceiling(base: u64, cap: u64, k: u32) -> u64 {
    if k >= 64 {
        return cap;
    }
    let wide = (base as u128) << k;
    if wide > cap as u128 {
        return cap;
    }
    wide as u64
}

fn draw<R: Rng>(rng: &mut R, jitter: Jitter, base: u64, cap: u64, k: u32, prev: u64) -> u64 {
    match jitter {
        Jitter::None => ceiling(base, cap, k),
        Jitter::Full => uniform(rng, 0, ceiling(base, cap, k)),
        Jitter::Decorrelated => {
            let hi = prev.saturating_mul(3);
            let hi = if hi < base { base } else { hi };
            let d = uniform(rng, base, hi);
            if d > cap {
                return cap;
            }
            d
        }
    }
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

    pub fn next_delay(&mut self) -> u64 {
        let d = draw(&mut self.rng, self.jitter, self.base, self.cap, self.k, self.prev);
        self.prev = d;
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
    let tries = if max_attempts == 0 { 1 } else { max_attempts };
    let mut n: u32 = 1;
    loop {
        match connect(n) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => {
                if n >= tries {
                    return Err(e);
                }
            }
        }
        sleep(backoff.next_delay());
        n += 1;
    }
}
