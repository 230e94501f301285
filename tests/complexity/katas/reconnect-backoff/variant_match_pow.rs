// learner: optimal
// idiom: ReScript-ish: jitter variant matched into an expression, saturating_pow ceiling, Option helpers (checked_add/map_or) in uniform, for-range reconnect with early returns
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
    (hi - lo).checked_add(1).map_or(r, |width| lo + r % width)
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    jitter: Jitter,
    rng: R,
    step: u32,
    last: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base_ms = base_ms.min(cap_ms);
        Self { base_ms, cap_ms, jitter, rng, step: 0, last: base_ms }
    }

    pub fn attempt(&self) -> u32 {
        self.step
    }

    pub fn next_delay(&mut self) -> u64 {
        let ceiling = self.base_ms.saturating_mul(2u64.saturating_pow(self.step)).min(self.cap_ms);
        let delay = match self.jitter {
            Jitter::None => ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, ceiling),
            Jitter::Decorrelated => {
                let hi = self.base_ms.max(self.last.saturating_mul(3));
                let d = uniform(&mut self.rng, self.base_ms, hi).min(self.cap_ms);
                self.last = d;
                d
            }
        };
        self.step = self.step.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        (self.step, self.last) = (0, self.base_ms);
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let last_try = max_attempts.max(1);
    for n in 1..last_try {
        match connect(n) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(_) => sleep(backoff.next_delay()),
        }
    }
    connect(last_try).map(|c| {
        backoff.reset();
        c
    })
}
