// learner: optimal
// idiom: LabVIEW-style: attempt and prev delay as shift registers, 1u64.checked_shl for 2^k, case-structure match on jitter, while loop in reconnect
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

/// Draws a value in `[lo, hi]` (inclusive) as `lo + r % (hi - lo + 1)`,
/// where `r` is the next number from `rng`; exactly one number is drawn.
pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    let span = hi - lo;
    if span == u64::MAX {
        return r;
    }
    lo + r % (span + 1)
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    jitter: Jitter,
    rng: R,
    attempt: u32,
    prev: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { base, cap: cap_ms, jitter, rng, attempt: 0, prev: base }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    fn ceiling(&self) -> u64 {
        let pow2 = match 1u64.checked_shl(self.attempt) {
            Some(p) => p,
            None => u64::MAX,
        };
        let c = self.base.saturating_mul(pow2);
        if c > self.cap {
            self.cap
        } else {
            c
        }
    }

    pub fn next_delay(&mut self) -> u64 {
        let delay = match self.jitter {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let top = self.ceiling();
                uniform(&mut self.rng, 0, top)
            }
            Jitter::Decorrelated => {
                let mut top = self.prev.saturating_mul(3);
                if top < self.base {
                    top = self.base;
                }
                let d = uniform(&mut self.rng, self.base, top);
                let d = if d > self.cap { self.cap } else { d };
                self.prev = d;
                d
            }
        };
        self.attempt = self.attempt.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.attempt = 0;
        self.prev = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let max = if max_attempts == 0 { 1 } else { max_attempts };
    let mut i: u32 = 1;
    loop {
        let result = connect(i);
        match result {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(e) => {
                if i >= max {
                    return Err(e);
                }
            }
        }
        sleep(backoff.next_delay());
        i += 1;
    }
}
