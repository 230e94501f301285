// learner: slow
// why: reconnect is O(max_attempts) space, target O(1): keeps every error in a Vec just to return the last one
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
        Some(span) => lo + r % span,
        None => r,
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    jitter: Jitter,
    rng: R,
    tries: u32,
    prev: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        Backoff { base, cap: cap_ms, jitter, rng, tries: 0, prev: base }
    }

    pub fn attempt(&self) -> u32 {
        self.tries
    }

    pub fn next_delay(&mut self) -> u64 {
        let factor = 1u64.checked_shl(self.tries).unwrap_or(u64::MAX);
        let ceiling = self.base.saturating_mul(factor).min(self.cap);
        let d = match self.jitter {
            Jitter::None => ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, ceiling),
            Jitter::Decorrelated => {
                let hi = self.prev.saturating_mul(3).max(self.base);
                let v = uniform(&mut self.rng, self.base, hi).min(self.cap);
                self.prev = v;
                v
            }
        };
        self.tries = self.tries.saturating_add(1);
        d
    }

    pub fn reset(&mut self) {
        self.tries = 0;
        self.prev = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let max = max_attempts.max(1);
    let mut errors: Vec<E> = Vec::new();
    for attempt in 1..=max {
        match connect(attempt) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => {
                errors.push(e);
                if attempt < max {
                    sleep(backoff.next_delay());
                }
            }
        }
    }
    Err(errors.pop().expect("at least one attempt was made"))
}
