// learner: optimal
// idiom: quant-style: u128 arithmetic with exponent clamped to 64, state kept as a precomputed "current ceiling" doubled per call, while-loop reconnect with an Option slot
//! Capped exponential backoff with jitter.

pub trait Rng {
    fn next_u64(&mut self) -> u64;
}

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jitter {
    None,
    Full,
    Decorrelated,
}

pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64() as u128;
    let w = (hi as u128) - (lo as u128) + 1;
    (lo as u128 + r % w) as u64
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    b: u64,
    c: u64,
    j: Jitter,
    g: R,
    n: u32,
    // ceiling for attempt n, kept up to date incrementally (doubles, pinned at cap)
    ceil: u64,
    prev: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let b = base_ms.min(cap_ms);
        Backoff { b, c: cap_ms, j: jitter, g: rng, n: 0, ceil: b, prev: b }
    }

    pub fn attempt(&self) -> u32 {
        self.n
    }

    pub fn next_delay(&mut self) -> u64 {
        let out = match self.j {
            Jitter::None => self.ceil,
            Jitter::Full => uniform(&mut self.g, 0, self.ceil),
            Jitter::Decorrelated => {
                let hi = ((self.prev as u128) * 3).max(self.b as u128).min(u64::MAX as u128) as u64;
                let v = uniform(&mut self.g, self.b, hi).min(self.c);
                self.prev = v;
                v
            }
        };
        self.n = self.n.saturating_add(1);
        self.ceil = ((self.ceil as u128) * 2).min(self.c as u128) as u64;
        out
    }

    pub fn reset(&mut self) {
        self.n = 0;
        self.ceil = self.b;
        self.prev = self.b;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let max = max_attempts.max(1);
    let mut i = 1u32;
    let mut res = connect(i);
    while res.is_err() && i < max {
        sleep(backoff.next_delay());
        i += 1;
        res = connect(i);
    }
    if res.is_ok() {
        backoff.reset();
    }
    res
}
