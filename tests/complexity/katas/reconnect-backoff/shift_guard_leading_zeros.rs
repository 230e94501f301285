// learner: optimal
// idiom: quant-style: raw shifts guarded by leading_zeros, branchy if-chains, u32 counter saturating, no helpers beyond uniform
//! Capped exponential backoff with jitter, for reconnecting clients.

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
    let r = rng.next_u64();
    let span = hi - lo;
    if span == u64::MAX {
        return r;
    }
    lo + r % (span + 1)
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    mode: Jitter,
    rng: R,
    k: u32,
    last: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { base, cap: cap_ms, mode: jitter, rng, k: 0, last: base }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    pub fn next_delay(&mut self) -> u64 {
        // base << k fits iff k <= leading_zeros(base) (base == 0 -> always 0)
        let ceil = if self.base == 0 {
            0
        } else if self.k <= self.base.leading_zeros() {
            let v = self.base << self.k;
            if v > self.cap { self.cap } else { v }
        } else {
            self.cap
        };
        let d = if self.mode == Jitter::None {
            ceil
        } else if self.mode == Jitter::Full {
            uniform(&mut self.rng, 0, ceil)
        } else {
            let tri = self.last.saturating_mul(3);
            let hi = if tri > self.base { tri } else { self.base };
            let v = uniform(&mut self.rng, self.base, hi);
            let v = if v > self.cap { self.cap } else { v };
            self.last = v;
            v
        };
        self.k = self.k.saturating_add(1);
        d
    }

    pub fn reset(&mut self) {
        self.k = 0;
        self.last = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let lim = if max_attempts == 0 { 1 } else { max_attempts };
    let mut i: u32 = 1;
    loop {
        match connect(i) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => {
                if i >= lim {
                    return Err(e);
                }
                sleep(backoff.next_delay());
                i += 1;
            }
        }
    }
}
