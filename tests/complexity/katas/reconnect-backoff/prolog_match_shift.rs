// learner: optimal
// idiom: logic-programmer style: every decision a match (on checked_shl of 1, on the jitter, on the outcome), tuple state
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
        None => r,
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    bounds: (u64, u64), // (base, cap)
    jitter: Jitter,
    rng: R,
    state: (u32, u64), // (attempt, previous delay)
}

/// ceiling(k) = min(cap, base * 2^k)
fn ceiling(base: u64, cap: u64, k: u32) -> u64 {
    match 1u64.checked_shl(k).and_then(|p| base.checked_mul(p)) {
        Some(v) => v.min(cap),
        None if base == 0 => 0,
        None => cap,
    }
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        Backoff { bounds: (base, cap_ms), jitter, rng, state: (0, base) }
    }

    pub fn attempt(&self) -> u32 {
        self.state.0
    }

    pub fn next_delay(&mut self) -> u64 {
        let (base, cap) = self.bounds;
        let (k, prev) = self.state;
        let (delay, prev) = match self.jitter {
            Jitter::None => (ceiling(base, cap, k), prev),
            Jitter::Full => (uniform(&mut self.rng, 0, ceiling(base, cap, k)), prev),
            Jitter::Decorrelated => {
                let d = uniform(&mut self.rng, base, base.max(prev.saturating_mul(3))).min(cap);
                (d, d)
            }
        };
        self.state = (k.saturating_add(1), prev);
        delay
    }

    pub fn reset(&mut self) {
        self.state = (0, self.bounds.0);
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let last = max_attempts.max(1);
    let mut n = 1;
    loop {
        match (connect(n), n >= last) {
            (Ok(c), _) => {
                backoff.reset();
                return Ok(c);
            }
            (Err(e), true) => return Err(e),
            (Err(_), false) => {
                sleep(backoff.next_delay());
                n += 1;
            }
        }
    }
}
