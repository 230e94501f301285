// learner: optimal
// idiom: data-engineer style: settings grouped in a (base, cap) tuple, match on the jitter mode, saturating_pow for 2^k, while-loop reconnect
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
    match (hi - lo).checked_add(1) {
        Some(width) => lo + r % width,
        None => r, // the full u64 range
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    limits: (u64, u64), // (base, cap), base already clamped to cap
    jitter: Jitter,
    rng: R,
    attempt: u32,
    previous: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        Backoff { limits: (base, cap_ms), jitter, rng, attempt: 0, previous: base }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    pub fn next_delay(&mut self) -> u64 {
        let (base, cap) = self.limits;
        let ceiling = base.saturating_mul(2u64.saturating_pow(self.attempt)).min(cap);
        let delay = match self.jitter {
            Jitter::None => ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, ceiling),
            Jitter::Decorrelated => {
                let hi = base.max(self.previous.saturating_mul(3));
                uniform(&mut self.rng, base, hi).min(cap)
            }
        };
        self.previous = delay;
        self.attempt = self.attempt.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.attempt = 0;
        self.previous = self.limits.0;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let max_attempts = max_attempts.max(1);
    let mut attempt = 1;
    loop {
        match connect(attempt) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(e) if attempt >= max_attempts => return Err(e),
            Err(_) => {
                sleep(backoff.next_delay());
                attempt += 1;
            }
        }
    }
}
