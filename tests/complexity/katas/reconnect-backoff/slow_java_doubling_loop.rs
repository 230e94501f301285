// learner: slow
// why: Backoff::next_delay is O(attempt) time, target O(1): doubles the base k times in a loop to get base*2^k
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
    None,
    Full,
    Decorrelated,
}

pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    let width = (hi - lo).checked_add(1);
    if let Some(w) = width {
        lo + r % w
    } else {
        r
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    jitter: Jitter,
    rng: R,
    attempt_count: u32,
    previous_delay: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base_ms = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { base_ms, cap_ms, jitter, rng, attempt_count: 0, previous_delay: base_ms }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt_count
    }

    fn get_base(&self) -> u64 {
        self.base_ms
    }

    fn get_cap(&self) -> u64 {
        self.cap_ms
    }

    fn compute_ceiling(&self) -> u64 {
        let mut value = self.get_base();
        for _ in 0..self.attempt_count {
            value = value.saturating_mul(2);
        }
        if value > self.get_cap() {
            self.get_cap()
        } else {
            value
        }
    }

    fn increment_attempt(&mut self) {
        self.attempt_count = self.attempt_count.saturating_add(1);
    }

    pub fn next_delay(&mut self) -> u64 {
        let ceiling = self.compute_ceiling();
        self.increment_attempt();
        match self.jitter {
            Jitter::None => ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, ceiling),
            Jitter::Decorrelated => {
                let base = self.get_base();
                let cap = self.get_cap();
                let upper = base.max(self.previous_delay.saturating_mul(3));
                let d = uniform(&mut self.rng, base, upper).min(cap);
                self.previous_delay = d;
                d
            }
        }
    }

    pub fn reset(&mut self) {
        self.attempt_count = 0;
        self.previous_delay = self.get_base();
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let max = if max_attempts == 0 { 1 } else { max_attempts };
    let mut attempt = 1;
    loop {
        let result = connect(attempt);
        if result.is_ok() {
            backoff.reset();
            return result;
        }
        if attempt >= max {
            return result;
        }
        sleep(backoff.next_delay());
        attempt += 1;
    }
}
