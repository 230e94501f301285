// learner: optimal
// idiom: Fortran-style recurrence: keep the running ceiling and double it in place each step (saturating), while-loop in reconnect
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
    if lo == 0 && hi == u64::MAX {
        r
    } else {
        lo + r % (hi - lo + 1)
    }
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    mode: Jitter,
    gen: R,
    nstep: u32,
    ceil_k: u64, // ceiling(nstep), updated by recurrence c(k+1) = min(cap, 2 c(k))
    last: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let b = std::cmp::min(base_ms, cap_ms);
        Backoff { base: b, cap: cap_ms, mode: jitter, gen: rng, nstep: 0, ceil_k: b, last: b }
    }

    pub fn attempt(&self) -> u32 {
        self.nstep
    }

    pub fn next_delay(&mut self) -> u64 {
        let c = self.ceil_k;
        let out = match self.mode {
            Jitter::None => c,
            Jitter::Full => uniform(&mut self.gen, 0, c),
            Jitter::Decorrelated => {
                let hi = std::cmp::max(self.base, self.last.saturating_mul(3));
                let v = std::cmp::min(self.cap, uniform(&mut self.gen, self.base, hi));
                self.last = v;
                v
            }
        };
        // advance the recurrence
        self.ceil_k = std::cmp::min(self.cap, c.saturating_mul(2));
        self.nstep = self.nstep.saturating_add(1);
        out
    }

    pub fn reset(&mut self) {
        self.nstep = 0;
        self.ceil_k = self.base;
        self.last = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let n = std::cmp::max(1, max_attempts);
    let mut i = 1u32;
    let mut res = connect(i);
    while res.is_err() && i < n {
        sleep(backoff.next_delay());
        i += 1;
        res = connect(i);
    }
    if res.is_ok() {
        backoff.reset();
    }
    res
}
