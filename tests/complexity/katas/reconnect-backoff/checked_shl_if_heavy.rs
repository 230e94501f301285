// learner: optimal
// idiom: power of two via 1u64.checked_shl with a saturating fallback, if-heavy next_delay with early returns, while-loop reconnect
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
    let span = hi.wrapping_sub(lo).wrapping_add(1);
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
    jitter: Jitter,
    rng: R,
    k: u32,
    last: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        Self { base, cap: cap_ms, jitter, rng, k: 0, last: base }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    fn ceiling(&self) -> u64 {
        let factor = 1u64.checked_shl(self.k).unwrap_or(u64::MAX);
        self.base.saturating_mul(factor).min(self.cap)
    }

    pub fn next_delay(&mut self) -> u64 {
        let k_before = self.k;
        self.k = k_before.saturating_add(1);
        if self.jitter == Jitter::None {
            self.k = k_before;
            let c = self.ceiling();
            self.k = k_before.saturating_add(1);
            self.last = c;
            return c;
        }
        if self.jitter == Jitter::Full {
            self.k = k_before;
            let c = self.ceiling();
            self.k = k_before.saturating_add(1);
            let d = uniform(&mut self.rng, 0, c);
            self.last = d;
            return d;
        }
        let top = std::cmp::max(self.base, self.last.saturating_mul(3));
        let d = std::cmp::min(self.cap, uniform(&mut self.rng, self.base, top));
        self.last = d;
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
    let limit = if max_attempts == 0 { 1 } else { max_attempts };
    let mut i = 0;
    while i < limit {
        i += 1;
        let result = connect(i);
        if result.is_ok() {
            backoff.reset();
            return result;
        }
        if i == limit {
            return result;
        }
        sleep(backoff.next_delay());
    }
    unreachable!()
}
