// learner: optimal
// idiom: Spring-style: a Backoff "policy service" with private strategy helpers per Jitter, checked arithmetic mapped through Option
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
    (hi - lo)
        .checked_add(1)
        .map(|span| lo + r % span)
        .unwrap_or(r)
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    jitter: Jitter,
    rng: R,
    attempt: u32,
    previous_delay: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base_ms = base_ms.min(cap_ms);
        Backoff { base_ms, cap_ms, jitter, rng, attempt: 0, previous_delay: base_ms }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    pub fn next_delay(&mut self) -> u64 {
        let delay = match self.jitter {
            Jitter::None => self.ceiling(),
            Jitter::Full => self.full_jitter(),
            Jitter::Decorrelated => self.decorrelated_jitter(),
        };
        self.previous_delay = delay;
        self.attempt = self.attempt.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.attempt = 0;
        self.previous_delay = self.base_ms;
    }

    fn ceiling(&self) -> u64 {
        Self::exponential(self.base_ms, self.attempt)
            .map(|value| value.min(self.cap_ms))
            .unwrap_or(self.cap_ms)
    }

    fn exponential(base: u64, exponent: u32) -> Option<u64> {
        if base == 0 {
            return Some(0);
        }
        1u64.checked_shl(exponent)
            .filter(|_| exponent < 64)
            .and_then(|factor| base.checked_mul(factor))
    }

    fn full_jitter(&mut self) -> u64 {
        let ceiling = self.ceiling();
        uniform(&mut self.rng, 0, ceiling)
    }

    fn decorrelated_jitter(&mut self) -> u64 {
        let upper = self.previous_delay.saturating_mul(3).max(self.base_ms);
        uniform(&mut self.rng, self.base_ms, upper).min(self.cap_ms)
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let attempts = max_attempts.max(1);
    let mut attempt_no = 1;
    loop {
        match connect(attempt_no) {
            Ok(connection) => {
                backoff.reset();
                return Ok(connection);
            }
            Err(error) if attempt_no >= attempts => return Err(error),
            Err(_) => {
                sleep(backoff.next_delay());
                attempt_no += 1;
            }
        }
    }
}
