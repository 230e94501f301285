// learner: optimal
// idiom: saturating_pow/saturating_mul ceiling, Jitter matched with if-let chains, `loop` with attempt counter and early returns, uniform via wrapping span check
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
        r
    } else {
        lo + r % (hi - lo + 1)
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    mode: Jitter,
    rng: R,
    k: u32,
    last: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base_ms = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { base_ms, cap_ms, mode: jitter, rng, k: 0, last: base_ms }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    pub fn next_delay(&mut self) -> u64 {
        let ceiling = self.base_ms.saturating_mul(2u64.saturating_pow(self.k)).min(self.cap_ms);
        self.k = self.k.saturating_add(1);
        if let Jitter::None = self.mode {
            return ceiling;
        }
        if let Jitter::Full = self.mode {
            return uniform(&mut self.rng, 0, ceiling);
        }
        let upper = std::cmp::max(self.base_ms, self.last.saturating_mul(3));
        let d = std::cmp::min(self.cap_ms, uniform(&mut self.rng, self.base_ms, upper));
        self.last = d;
        d
    }

    pub fn reset(&mut self) {
        self.k = 0;
        self.last = self.base_ms;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let limit = if max_attempts == 0 { 1 } else { max_attempts };
    let mut i = 0;
    loop {
        i += 1;
        let err = match connect(i) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => e,
        };
        if i >= limit {
            return Err(err);
        }
        sleep(backoff.next_delay());
    }
}
