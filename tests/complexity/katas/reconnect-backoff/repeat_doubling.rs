// learner: slow
// idiom: teenager who learnt programming in Scratch: "repeat (attempt) times: change wait by *2" to get the exponential part, no shifts or pow
// why: next_delay is O(k) per call (a loop doubling k times to build base * 2^k), so k failures in a row cost O(k^2), vs the O(1) target; reset and reconnect's own bookkeeping are fine
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
        return r;
    }
    lo + r % (hi - lo + 1)
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    jitter: Jitter,
    rng: R,
    attempt_count: u32,
    previous: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { base, cap: cap_ms, jitter, rng, attempt_count: 0, previous: base }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt_count
    }

    fn ceiling(&self) -> u64 {
        let mut wait = self.base;
        // repeat attempt times: double it (but stop at the cap)
        for _ in 0..self.attempt_count {
            wait = wait.saturating_mul(2);
            if wait > self.cap {
                wait = self.cap;
            }
        }
        wait
    }

    pub fn next_delay(&mut self) -> u64 {
        let delay = match self.jitter {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let top = self.ceiling();
                uniform(&mut self.rng, 0, top)
            }
            Jitter::Decorrelated => {
                let top = std::cmp::max(self.base, self.previous.saturating_mul(3));
                let d = uniform(&mut self.rng, self.base, top);
                if d > self.cap { self.cap } else { d }
            }
        };
        self.previous = delay;
        self.attempt_count += 1;
        delay
    }

    pub fn reset(&mut self) {
        self.attempt_count = 0;
        self.previous = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let total = if max_attempts == 0 { 1 } else { max_attempts };
    let mut n = 1;
    loop {
        match connect(n) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) if n == total => return Err(e),
            Err(_) => {
                sleep(backoff.next_delay());
                n += 1;
            }
        }
    }
}
