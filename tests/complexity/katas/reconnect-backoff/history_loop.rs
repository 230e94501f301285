// learner: slow
// idiom: PHP Laravel developer: doubles the delay in a loop "attempt times" and keeps a history array of every delay handed out, reading the last one for decorrelated jitter
// why: next_delay is O(k) time (loops k times to build base*2^k) and O(k) space over a run (the history Vec grows per call), vs O(1) / O(1)
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
    let random = rng.next_u64();
    if hi - lo == u64::MAX {
        return random;
    }
    lo + random % (hi - lo + 1)
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
        Self { base: base_ms.min(cap_ms), cap: cap_ms, jitter, rng, history: Vec::new() }
    }

    pub fn attempt(&self) -> u32 {
        self.history.len() as u32
    }

    fn ceiling(&self) -> u64 {
        let mut delay = self.base;
        for _ in 0..self.history.len() {
            delay = delay.saturating_mul(2);
        }
        delay.min(self.cap)
    }

    pub fn next_delay(&mut self) -> u64 {
        let delay = match self.jitter {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let ceiling = self.ceiling();
                uniform(&mut self.rng, 0, ceiling)
            }
            Jitter::Decorrelated => {
                let previous = *self.history.last().unwrap_or(&self.base);
                let upper = self.base.max(previous.saturating_mul(3));
                uniform(&mut self.rng, self.base, upper).min(self.cap)
            }
        };
        self.history.push(delay);
        delay
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
    let max_attempts = max_attempts.max(1);
    let mut attempt = 1;
    loop {
        match connect(attempt) {
            Ok(connection) => {
                backoff.reset();
                return Ok(connection);
            }
            Err(error) => {
                if attempt >= max_attempts {
                    return Err(error);
                }
                sleep(backoff.next_delay());
                attempt += 1;
            }
        }
    }
}
