// learner: optimal
// idiom: ROS-style C++: config + state fields on the struct, match on jitter mode, explicit shift guard for 2^k, plain loop in reconnect
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
    let width = hi - lo;
    if width == u64::MAX {
        return r; // full range: hi - lo + 1 would overflow
    }
    lo + r % (width + 1)
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    mode: Jitter,
    rng: R,
    attempt_k: u32,
    prev_ms: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { base_ms: base, cap_ms, mode: jitter, rng, attempt_k: 0, prev_ms: base }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt_k
    }

    fn ceiling(&self) -> u64 {
        let k = self.attempt_k;
        if k >= 64 {
            // 2^k does not fit; anything non-zero saturates
            return if self.base_ms == 0 { 0 } else { self.cap_ms };
        }
        let factor: u64 = 1u64 << k;
        match self.base_ms.checked_mul(factor) {
            Some(v) if v < self.cap_ms => v,
            _ => self.cap_ms,
        }
    }

    pub fn next_delay(&mut self) -> u64 {
        let delay = match self.mode {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let top = self.ceiling();
                uniform(&mut self.rng, 0, top)
            }
            Jitter::Decorrelated => {
                let mut hi = self.prev_ms.saturating_mul(3);
                if hi < self.base_ms {
                    hi = self.base_ms;
                }
                let d = uniform(&mut self.rng, self.base_ms, hi);
                if d > self.cap_ms { self.cap_ms } else { d }
            }
        };
        self.prev_ms = delay;
        if self.attempt_k < u32::MAX {
            self.attempt_k += 1;
        }
        delay
    }

    pub fn reset(&mut self) {
        self.attempt_k = 0;
        self.prev_ms = self.base_ms;
    }
}

/// Tries `connect(1)`, `connect(2)`, … up to `max_attempts` times (0 counts as 1).
pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let limit = if max_attempts == 0 { 1 } else { max_attempts };
    let mut n: u32 = 1;
    loop {
        match connect(n) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(err) => {
                if n >= limit {
                    return Err(err);
                }
                let d = backoff.next_delay();
                sleep(d);
                n += 1;
            }
        }
    }
}
