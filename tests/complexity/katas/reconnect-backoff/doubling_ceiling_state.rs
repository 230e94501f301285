// learner: optimal
// idiom: Lua game modder: keep a running "next ceiling" that doubles each call (saturating, clamped to the cap) instead of computing 2^k, if/elseif chain on the jitter mode, while-loop reconnect
// why:
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
    None,
    Full,
    Decorrelated,
}

pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    if lo == 0 && hi == u64::MAX {
        r
    } else {
        lo + r % (hi - lo + 1)
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    mode: Jitter,
    rng: R,
    tries: u32,
    ceil: u64,
    last: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let mut base = base_ms;
        if base > cap_ms {
            base = cap_ms;
        }
        Backoff { base: base, cap: cap_ms, mode: jitter, rng: rng, tries: 0, ceil: base, last: base }
    }

    pub fn attempt(&self) -> u32 {
        self.tries
    }

    pub fn next_delay(&mut self) -> u64 {
        let d;
        if self.mode == Jitter::None {
            d = self.ceil;
        } else if self.mode == Jitter::Full {
            d = uniform(&mut self.rng, 0, self.ceil);
        } else {
            let mut hi = self.last.saturating_mul(3);
            if hi < self.base {
                hi = self.base;
            }
            let mut x = uniform(&mut self.rng, self.base, hi);
            if x > self.cap {
                x = self.cap;
            }
            d = x;
        }
        // ceiling for the next attempt
        self.ceil = self.ceil.saturating_mul(2);
        if self.ceil > self.cap {
            self.ceil = self.cap;
        }
        self.last = d;
        self.tries = self.tries + 1;
        d
    }

    pub fn reset(&mut self) {
        self.tries = 0;
        self.ceil = self.base;
        self.last = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let mut max = max_attempts;
    if max == 0 {
        max = 1;
    }
    let mut n = 1;
    let mut result = connect(n);
    while result.is_err() && n < max {
        sleep(backoff.next_delay());
        n = n + 1;
        result = connect(n);
    }
    if result.is_ok() {
        backoff.reset();
    }
    result
}
