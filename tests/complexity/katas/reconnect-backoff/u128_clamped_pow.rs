// learner: optimal
// idiom: u128 arithmetic with the exponent clamped (`2u128.pow(k.min(64))`), Option combinators, private helpers, recursion-free `loop` with labelled counter
//! Capped exponential backoff with jitter, for reconnecting clients.

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
    (hi - lo).checked_add(1).map_or(r, |n| lo + r % n)
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
        Self { base: base_ms.min(cap_ms), cap: cap_ms, mode: jitter, rng, k: 0, last: base_ms.min(cap_ms) }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    fn ceiling(&self) -> u64 {
        let wide = self.base as u128 * 2u128.pow(self.k.min(64));
        u64::try_from(wide).unwrap_or(u64::MAX).min(self.cap)
    }

    fn decorrelated(&mut self) -> u64 {
        let upper = self.base.max(self.last.saturating_mul(3));
        self.last = uniform(&mut self.rng, self.base, upper).min(self.cap);
        self.last
    }

    pub fn next_delay(&mut self) -> u64 {
        let delay = match self.mode {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let c = self.ceiling();
                uniform(&mut self.rng, 0, c)
            }
            Jitter::Decorrelated => self.decorrelated(),
        };
        self.k = self.k.saturating_add(1);
        delay
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
    let budget = max_attempts.max(1);
    let mut n = 0;
    loop {
        n += 1;
        let err = match connect(n) {
            Ok(c) => {
                backoff.reset();
                break Ok(c);
            }
            Err(e) => e,
        };
        if n >= budget {
            break Err(err);
        }
        sleep(backoff.next_delay());
    }
}
