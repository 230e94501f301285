// learner: optimal
// idiom: competitive-programmer style: terse names, power of two by shifting the literal 1 (guarded k < 64), if-chains on the mode, for-range reconnect with a stored last error
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
    b: u64,
    c: u64,
    j: Jitter,
    g: R,
    k: u32,
    p: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let b = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { b, c: cap_ms, j: jitter, g: rng, k: 0, p: b }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    pub fn next_delay(&mut self) -> u64 {
        let x = if self.k < 64 { self.b.saturating_mul(1u64 << self.k) } else if self.b == 0 { 0 } else { u64::MAX };
        let x = if x > self.c { self.c } else { x };
        let d = if self.j == Jitter::None {
            x
        } else if self.j == Jitter::Full {
            uniform(&mut self.g, 0, x)
        } else {
            let t = self.p.saturating_mul(3);
            let y = uniform(&mut self.g, self.b, if t > self.b { t } else { self.b });
            if y > self.c { self.c } else { y }
        };
        self.p = d;
        if self.k < u32::MAX {
            self.k += 1;
        }
        d
    }

    pub fn reset(&mut self) {
        self.k = 0;
        self.p = self.b;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let m = if max_attempts == 0 { 1 } else { max_attempts };
    let mut i = 1;
    while i < m {
        if let Ok(c) = connect(i) {
            backoff.reset();
            return Ok(c);
        }
        sleep(backoff.next_delay());
        i += 1;
    }
    let r = connect(m);
    if r.is_ok() {
        backoff.reset();
    }
    r
}
