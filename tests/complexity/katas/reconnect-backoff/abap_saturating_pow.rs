// learner: optimal
// idiom: ABAP-style long field names, saturating_pow for the ceiling, match on the jitter mode, loop with attempt counter in reconnect
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
    let random_number = rng.next_u64();
    match (hi - lo).checked_add(1) {
        Some(size_of_range) => lo + random_number % size_of_range,
        None => random_number,
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_delay_ms: u64,
    maximum_delay_ms: u64,
    jitter_mode: Jitter,
    random_generator: R,
    number_of_attempts: u32,
    previous_delay_ms: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let lowered_base_ms = base_ms.min(cap_ms);
        Backoff {
            base_delay_ms: lowered_base_ms,
            maximum_delay_ms: cap_ms,
            jitter_mode: jitter,
            random_generator: rng,
            number_of_attempts: 0,
            previous_delay_ms: lowered_base_ms,
        }
    }

    pub fn attempt(&self) -> u32 {
        self.number_of_attempts
    }

    fn exponential_ceiling(&self) -> u64 {
        let power_of_two = 2u64.saturating_pow(self.number_of_attempts);
        self.base_delay_ms.saturating_mul(power_of_two).min(self.maximum_delay_ms)
    }

    pub fn next_delay(&mut self) -> u64 {
        let calculated_delay_ms = match self.jitter_mode {
            Jitter::None => self.exponential_ceiling(),
            Jitter::Full => {
                let ceiling_ms = self.exponential_ceiling();
                uniform(&mut self.random_generator, 0, ceiling_ms)
            }
            Jitter::Decorrelated => {
                let upper_bound_ms = self.base_delay_ms.max(self.previous_delay_ms.saturating_mul(3));
                uniform(&mut self.random_generator, self.base_delay_ms, upper_bound_ms).min(self.maximum_delay_ms)
            }
        };
        self.previous_delay_ms = calculated_delay_ms;
        self.number_of_attempts = self.number_of_attempts.saturating_add(1);
        calculated_delay_ms
    }

    pub fn reset(&mut self) {
        self.number_of_attempts = 0;
        self.previous_delay_ms = self.base_delay_ms;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let allowed_attempts = max_attempts.max(1);
    let mut current_attempt_number = 1;
    loop {
        match connect(current_attempt_number) {
            Ok(connection) => {
                backoff.reset();
                return Ok(connection);
            }
            Err(connect_error) => {
                if current_attempt_number >= allowed_attempts {
                    return Err(connect_error);
                }
                sleep(backoff.next_delay());
                current_attempt_number += 1;
            }
        }
    }
}
