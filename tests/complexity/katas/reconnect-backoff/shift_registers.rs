// learner: optimal
// idiom: assembly-style: ceiling by leading_zeros overflow test and a plain shift, wrapping-free span check, reconnect counts down a remaining-tries register in a bare loop
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

/// Draws a value in `[lo, hi]` (inclusive) as `lo + r % (hi - lo + 1)`.
pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    let span = hi - lo;
    if span == u64::MAX {
        return r;
    }
    lo + r % (span + 1)
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    b: u64,
    c: u64,
    mode: u8, // 0 none, 1 full, 2 decorrelated
    g: R,
    k: u32,
    last: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let b = if base_ms > cap_ms { cap_ms } else { base_ms };
        let mode = match jitter {
            Jitter::None => 0,
            Jitter::Full => 1,
            Jitter::Decorrelated => 2,
        };
        Backoff { b, c: cap_ms, mode, g: rng, k: 0, last: b }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    pub fn next_delay(&mut self) -> u64 {
        // ceiling = min(c, b << k), overflow iff k > leading zeros of b
        let ceil = if self.b == 0 {
            0
        } else if self.k > self.b.leading_zeros() {
            self.c
        } else {
            let v = self.b << self.k;
            if v > self.c { self.c } else { v }
        };
        let out = if self.mode == 0 {
            ceil
        } else if self.mode == 1 {
            uniform(&mut self.g, 0, ceil)
        } else {
            let t = if self.last > u64::MAX / 3 { u64::MAX } else { self.last * 3 };
            let hi = if t < self.b { self.b } else { t };
            let mut d = uniform(&mut self.g, self.b, hi);
            if d > self.c {
                d = self.c;
            }
            self.last = d;
            d
        };
        if self.k != u32::MAX {
            self.k += 1;
        }
        out
    }

    pub fn reset(&mut self) {
        self.k = 0;
        self.last = self.b;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let mut left: u32 = if max_attempts == 0 { 1 } else { max_attempts };
    let mut n: u32 = 0;
    let err;
    loop {
        n += 1;
        left -= 1;
        match connect(n) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => {
                if left == 0 {
                    err = e;
                    break;
                }
            }
        }
        sleep(backoff.next_delay());
    }
    Err(err)
}
