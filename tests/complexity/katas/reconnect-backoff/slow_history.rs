// learner: slow
// why: Backoff::next_delay is O(attempts) space, target O(1): keeps every delay handed out in a Vec and reads prev/attempt from it
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
    if let Some(span) = (hi - lo).checked_add(1) {
        lo + r % span
    } else {
        r
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    jitter: Jitter,
    rng: R,
    history: Vec<u64>,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        Backoff { base: base_ms.min(cap_ms), cap: cap_ms, jitter, rng, history: Vec::new() }
    }

    pub fn attempt(&self) -> u32 {
        self.history.len().min(u32::MAX as usize) as u32
    }

    pub fn next_delay(&mut self) -> u64 {
        let k = self.attempt();
        let ceiling = self.base.saturating_mul(1u64.checked_shl(k).unwrap_or(u64::MAX)).min(self.cap);
        let d = match self.jitter {
            Jitter::None => ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, ceiling),
            Jitter::Decorrelated => {
                let prev = *self.history.last().unwrap_or(&self.base);
                uniform(&mut self.rng, self.base, self.base.max(prev.saturating_mul(3))).min(self.cap)
            }
        };
        self.history.push(d);
        d
    }

    pub fn reset(&mut self) {
        self.history = Vec::new();
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let n = max_attempts.max(1);
    let mut last = None;
    for i in 1..=n {
        match connect(i) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => {
                if i < n {
                    sleep(backoff.next_delay());
                }
                last = Some(e);
            }
        }
    }
    Err(last.unwrap())
}
