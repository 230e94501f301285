// learner: slow
// idiom: vala: keep every handed-out delay in a list (like a GList history) and read the previous one from its tail
// why: misses the O(1) space of next_delay: the history Vec grows by one entry per attempt until reset, O(n) memory for n failures
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
    if hi - lo == u64::MAX {
        r
    } else {
        lo + r % (hi - lo + 1)
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

    fn get_previous(&self) -> u64 {
        match self.history.last() {
            Some(p) => *p,
            None => self.base,
        }
    }

    pub fn next_delay(&mut self) -> u64 {
        let k = self.attempt();
        let ceiling = self.base.saturating_mul(2u64.saturating_pow(k)).min(self.cap);
        let d = match self.jitter {
            Jitter::None => ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, ceiling),
            Jitter::Decorrelated => {
                let prev = self.get_previous();
                let hi = self.base.max(prev.saturating_mul(3));
                uniform(&mut self.rng, self.base, hi).min(self.cap)
            }
        };
        self.history.push(d);
        d
    }

    pub fn reset(&mut self) {
        self.history.clear();
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let max = max_attempts.max(1);
    let mut attempt = 1;
    loop {
        let result = connect(attempt);
        if let Ok(c) = result {
            backoff.reset();
            return Ok(c);
        }
        if attempt >= max {
            return result;
        }
        sleep(backoff.next_delay());
        attempt += 1;
    }
}
