// learner: slow
// idiom: Unity C# game developer: keeps a List<ulong> history of every delay handed out (for a debug overlay), attempt = history.Count, ceiling via LINQ-style Aggregate over 0..k
// why: next_delay is O(k) time (folds k doublings) and the backoff keeps O(k) history, vs O(1) time and O(1) space; reconnect grows that history too
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
    if lo == 0 && hi == u64::MAX { r } else { lo + r % (hi - lo + 1) }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    BaseMs: u64,
    CapMs: u64,
    Mode: Jitter,
    Random: R,
    History: Vec<u64>,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        Backoff { BaseMs: base_ms.min(cap_ms), CapMs: cap_ms, Mode: jitter, Random: rng, History: Vec::new() }
    }

    pub fn attempt(&self) -> u32 {
        self.History.len() as u32
    }

    fn Ceiling(&self) -> u64 {
        (0..self.History.len()).fold(self.BaseMs, |acc, _| acc.saturating_mul(2)).min(self.CapMs)
    }

    pub fn next_delay(&mut self) -> u64 {
        let delay = match self.Mode {
            Jitter::None => self.Ceiling(),
            Jitter::Full => {
                let c = self.Ceiling();
                uniform(&mut self.Random, 0, c)
            }
            Jitter::Decorrelated => {
                let prev = *self.History.last().unwrap_or(&self.BaseMs);
                let hi = self.BaseMs.max(prev.saturating_mul(3));
                uniform(&mut self.Random, self.BaseMs, hi).min(self.CapMs)
            }
        };
        self.History.push(delay);
        delay
    }

    pub fn reset(&mut self) {
        self.History.clear();
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let maxTries = max_attempts.max(1);
    let mut lastError = None;
    for attempt in 1..=maxTries {
        if attempt > 1 {
            sleep(backoff.next_delay());
        }
        match connect(attempt) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => lastError = Some(e),
        }
    }
    Err(lastError.expect("at least one attempt"))
}
