// learner: optimal
// idiom: embedded C style: jitter mode as a u8, shift overflow detected by shifting back, if/else-if chain, while loop with a budget counter and the error kept in an Option
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
    let span = (hi - lo).wrapping_add(1);
    if span == 0 {
        r
    } else {
        lo + r % span
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    mode: u8, // 0 none, 1 full, 2 decorrelated
    rng: R,
    n: u32,
    last: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let mode = match jitter {
            Jitter::None => 0,
            Jitter::Full => 1,
            Jitter::Decorrelated => 2,
        };
        let base = base_ms.min(cap_ms);
        Backoff { base, cap: cap_ms, mode, rng, n: 0, last: base }
    }

    pub fn attempt(&self) -> u32 {
        self.n
    }

    /// base << k, or cap when bits would fall off the top or it exceeds cap
    fn ceil(&self) -> u64 {
        let k = self.n;
        if k > 63 {
            return self.cap;
        }
        let shifted = self.base << k;
        if (shifted >> k) != self.base || shifted > self.cap {
            return self.cap;
        }
        shifted
    }

    pub fn next_delay(&mut self) -> u64 {
        let d: u64;
        if self.mode == 0 {
            d = self.ceil();
        } else if self.mode == 1 {
            let c = self.ceil();
            d = uniform(&mut self.rng, 0, c);
        } else {
            let mut hi = self.last.saturating_mul(3);
            if hi < self.base {
                hi = self.base;
            }
            let v = uniform(&mut self.rng, self.base, hi);
            d = if v > self.cap { self.cap } else { v };
        }
        self.last = d;
        if self.n < u32::MAX {
            self.n += 1;
        }
        d
    }

    pub fn reset(&mut self) {
        self.n = 0;
        self.last = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let mut budget: u32 = if max_attempts == 0 { 1 } else { max_attempts };
    let mut i: u32 = 0;
    let mut last_err: Option<E> = None;
    while budget > 0 {
        if i > 0 {
            sleep(backoff.next_delay());
        }
        i += 1;
        match connect(i) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => last_err = Some(e),
        }
        budget -= 1;
    }
    Err(last_err.unwrap())
}
