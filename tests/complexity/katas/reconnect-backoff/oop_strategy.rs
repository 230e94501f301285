// learner: optimal
// idiom: OOP/strategy: jitter mode picked once in new as a fn pointer taking a settings struct, saturating_mul ceiling, labelled loop-break-with-value reconnect
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

/// The settings a strategy may look at.
#[derive(Debug, Clone, Copy)]
struct Shape {
    base: u64,
    cap: u64,
    ceiling: u64,
    prev: u64,
}

fn no_jitter<R: Rng>(_: &mut R, s: Shape) -> u64 {
    s.ceiling
}

fn full_jitter<R: Rng>(rng: &mut R, s: Shape) -> u64 {
    uniform(rng, 0, s.ceiling)
}

fn decorrelated<R: Rng>(rng: &mut R, s: Shape) -> u64 {
    uniform(rng, s.base, s.base.max(s.prev.saturating_mul(3))).min(s.cap)
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    rng: R,
    attempts: u32,
    prev: u64,
    pick: fn(&mut R, Shape) -> u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        let pick: fn(&mut R, Shape) -> u64 = match jitter {
            Jitter::None => no_jitter::<R>,
            Jitter::Full => full_jitter::<R>,
            Jitter::Decorrelated => decorrelated::<R>,
        };
        Backoff { base, cap: cap_ms, rng, attempts: 0, prev: base, pick }
    }

    fn ceiling(&self) -> u64 {
        let factor = if self.attempts < 64 { 1u64 << self.attempts } else { u64::MAX };
        self.base.saturating_mul(factor).min(self.cap)
    }

    pub fn attempt(&self) -> u32 {
        self.attempts
    }

    pub fn next_delay(&mut self) -> u64 {
        let shape = Shape { base: self.base, cap: self.cap, ceiling: self.ceiling(), prev: self.prev };
        let d = (self.pick)(&mut self.rng, shape);
        self.prev = d;
        self.attempts = self.attempts.saturating_add(1);
        d
    }

    pub fn reset(&mut self) {
        self.attempts = 0;
        self.prev = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let last = max_attempts.max(1);
    let mut attempt = 1;
    let err = 'retry: loop {
        match connect(attempt) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(e) if attempt == last => break 'retry e,
            Err(_) => {}
        }
        sleep(backoff.next_delay());
        attempt += 1;
    };
    Err(err)
}
