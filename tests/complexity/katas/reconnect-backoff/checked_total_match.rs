// learner: optimal
// idiom: Idris dependent-types fan: total functions with checked arithmetic (checked_shl/checked_mul folded into the cap), next_delay as one exhaustive match on Jitter, reconnect as a loop whose invariant is "attempt <= limit"
//! Capped exponential backoff with jitter, for reconnecting clients.

pub trait Rng {
    fn next_u64(&mut self) -> u64;
}

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
        None => r, // the whole u64 range
    }
}

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
        let base = base_ms.min(cap_ms);
        Backoff { base, cap: cap_ms, jitter, rng, attempt: 0, prev: base }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// `min(cap, base * 2^k)`, saturating instead of overflowing.
    fn ceiling(&self, k: u32) -> u64 {
        1u64.checked_shl(k)
            .and_then(|p| self.base.checked_mul(p))
            .map_or(self.cap, |d| d.min(self.cap))
    }

    pub fn next_delay(&mut self) -> u64 {
        let k = self.attempt;
        let delay = match self.jitter {
            Jitter::None => self.ceiling(k),
            Jitter::Full => {
                let top = self.ceiling(k);
                uniform(&mut self.rng, 0, top)
            }
            Jitter::Decorrelated => {
                let top = self.base.max(self.prev.saturating_mul(3));
                uniform(&mut self.rng, self.base, top).min(self.cap)
            }
        };
        self.prev = delay;
        self.attempt = k.saturating_add(1);
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
    let limit = max_attempts.max(1);
    let mut attempt = 1;
    loop {
        match connect(attempt) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(e) if attempt == limit => return Err(e),
            Err(_) => {
                sleep(backoff.next_delay());
                attempt += 1;
            }
        }
    }
}
