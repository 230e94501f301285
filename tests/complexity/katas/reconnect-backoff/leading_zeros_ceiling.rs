// learner: optimal
// idiom: TypeScript/Node backend developer: pure helper `exponentialCeiling` using leading_zeros to detect overflow, a `strategy` match returning the delay, reconnect as a for-range over attempt numbers with a lastError variable
// why:
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

pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    match (hi - lo).checked_add(1) {
        Some(width) => lo + r % width,
        None => r,
    }
}

/// min(cap, base * 2^k) without overflowing.
fn exponentialCeiling(base: u64, cap: u64, k: u32) -> u64 {
    if base == 0 {
        return 0;
    }
    let headroom = base.leading_zeros();
    if k > headroom {
        return cap; // base << k would lose bits
    }
    (base << k).min(cap)
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    strategy: Jitter,
    rng: R,
    attemptsSinceReset: u32,
    previous: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = std::cmp::min(base_ms, cap_ms);
        Self { base, cap: cap_ms, strategy: jitter, rng, attemptsSinceReset: 0, previous: base }
    }

    pub fn attempt(&self) -> u32 {
        self.attemptsSinceReset
    }

    pub fn next_delay(&mut self) -> u64 {
        let k = self.attemptsSinceReset;
        let delay = match self.strategy {
            Jitter::None => exponentialCeiling(self.base, self.cap, k),
            Jitter::Full => {
                let top = exponentialCeiling(self.base, self.cap, k);
                uniform(&mut self.rng, 0, top)
            }
            Jitter::Decorrelated => {
                let top = std::cmp::max(self.base, self.previous.saturating_mul(3));
                std::cmp::min(self.cap, uniform(&mut self.rng, self.base, top))
            }
        };
        self.previous = delay;
        self.attemptsSinceReset = k.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.attemptsSinceReset = 0;
        self.previous = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let totalAttempts = max_attempts.max(1);
    let mut lastError = None;
    for attemptNo in 1..=totalAttempts {
        if attemptNo > 1 {
            sleep(backoff.next_delay());
        }
        match connect(attemptNo) {
            Ok(connection) => {
                backoff.reset();
                return Ok(connection);
            }
            Err(e) => lastError = Some(e),
        }
    }
    Err(lastError.expect("at least one attempt was made"))
}
