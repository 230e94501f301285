// learner: optimal
// idiom: impl with private helpers (ceiling, draw), u128 arithmetic with the exponent clamped to 64, early-return reconnect over an inclusive range
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
    let r = rng.next_u64() as u128;
    let span = hi as u128 - lo as u128 + 1;
    (lo as u128 + r % span) as u64
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    jitter: Jitter,
    rng: R,
    attempts: u32,
    last_delay: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base_ms = std::cmp::min(base_ms, cap_ms);
        Self { base_ms, cap_ms, jitter, rng, attempts: 0, last_delay: base_ms }
    }

    pub fn attempt(&self) -> u32 {
        self.attempts
    }

    fn ceiling(&self) -> u64 {
        let exp = self.attempts.min(64);
        let raw = (self.base_ms as u128) << exp;
        raw.min(self.cap_ms as u128) as u64
    }

    fn decorrelated(&mut self) -> u64 {
        let upper = std::cmp::max(self.base_ms, self.last_delay.saturating_mul(3));
        let drawn = uniform(&mut self.rng, self.base_ms, upper);
        std::cmp::min(drawn, self.cap_ms)
    }

    pub fn next_delay(&mut self) -> u64 {
        let delay = match self.jitter {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let ceiling = self.ceiling();
                uniform(&mut self.rng, 0, ceiling)
            }
            Jitter::Decorrelated => self.decorrelated(),
        };
        self.last_delay = delay;
        self.attempts = self.attempts.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.attempts = 0;
        self.last_delay = self.base_ms;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let last = max_attempts.max(1);
    for n in 1..=last {
        match connect(n) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => {
                if n == last {
                    return Err(e);
                }
                sleep(backoff.next_delay());
            }
        }
    }
    unreachable!("the last attempt always returns")
}
