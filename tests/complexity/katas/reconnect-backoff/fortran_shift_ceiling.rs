// learner: optimal
// idiom: Fortran port: explicit bounds checks on the exponent, 1u64.checked_shl for 2^k, if-chains instead of match, counted do-loop in reconnect
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
    let span = hi - lo;
    if span == u64::MAX {
        return r;
    }
    lo + r % (span + 1)
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
        let mut base = base_ms;
        if base > cap_ms {
            base = cap_ms;
        }
        Backoff { base, cap: cap_ms, jitter, rng, k: 0, prev: base }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    fn ceiling(&self) -> u64 {
        // 2**k, saturating once k reaches the word size
        let two_k = match 1u64.checked_shl(self.k) {
            Some(p) => p,
            None => u64::MAX,
        };
        let c = self.base.saturating_mul(two_k);
        if c > self.cap {
            self.cap
        } else {
            c
        }
    }

    pub fn next_delay(&mut self) -> u64 {
        let d;
        if self.jitter == Jitter::None {
            d = self.ceiling();
        } else if self.jitter == Jitter::Full {
            let c = self.ceiling();
            d = uniform(&mut self.rng, 0, c);
        } else {
            let mut hi = self.prev.saturating_mul(3);
            if hi < self.base {
                hi = self.base;
            }
            let mut v = uniform(&mut self.rng, self.base, hi);
            if v > self.cap {
                v = self.cap;
            }
            self.prev = v;
            d = v;
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
    let nmax = if max_attempts == 0 { 1 } else { max_attempts };
    let mut i: u32 = 1;
    loop {
        match connect(i) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => {
                if i >= nmax {
                    return Err(e);
                }
            }
        }
        sleep(backoff.next_delay());
        i += 1;
    }
}
