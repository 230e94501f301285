// learner: optimal
// idiom: VBA-style: long procedural next_delay with If/ElseIf on the mode, checked_mul with overflow flags, Do-While reconnect loop
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
/// Draws a value in `[lo, hi]` as `lo + r % (hi - lo + 1)`.
pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let random_value: u64 = rng.next_u64();
    let range_width: u64 = hi - lo;
    let mut is_full_range: bool = false;
    if range_width == u64::MAX {
        is_full_range = true;
    }
    if is_full_range {
        return random_value;
    }
    let bucket_count: u64 = range_width + 1;
    let offset: u64 = random_value % bucket_count;
    let result: u64 = lo + offset;
    result
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    jitter_mode: Jitter,
    rng: R,
    attempt_counter: u32,
    previous_delay: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let mut start_base: u64 = base_ms;
        if start_base > cap_ms {
            start_base = cap_ms;
        }
        Backoff {
            base_ms: start_base,
            cap_ms,
            jitter_mode: jitter,
            rng,
            attempt_counter: 0,
            previous_delay: start_base,
        }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt_counter
    }

    pub fn next_delay(&mut self) -> u64 {
        // ceiling = min(cap, base * 2^k), without overflowing
        let k: u32 = self.attempt_counter;
        let mut ceiling_value: u64 = self.cap_ms;
        let mut power_overflowed: bool = false;
        let mut power_of_two: u64 = 0;
        if k >= 64 {
            power_overflowed = true;
        } else {
            power_of_two = 1u64 << k;
        }
        if !power_overflowed {
            match self.base_ms.checked_mul(power_of_two) {
                Some(product) => {
                    if product < self.cap_ms {
                        ceiling_value = product;
                    }
                }
                None => {
                    ceiling_value = self.cap_ms;
                }
            }
        } else if self.base_ms == 0 {
            ceiling_value = 0;
        }

        let mut delay_value: u64 = 0;
        if self.jitter_mode == Jitter::None {
            delay_value = ceiling_value;
        } else if self.jitter_mode == Jitter::Full {
            delay_value = uniform(&mut self.rng, 0, ceiling_value);
        } else {
            let mut upper_bound: u64 = self.previous_delay.saturating_mul(3);
            if upper_bound < self.base_ms {
                upper_bound = self.base_ms;
            }
            let drawn: u64 = uniform(&mut self.rng, self.base_ms, upper_bound);
            delay_value = drawn;
            if delay_value > self.cap_ms {
                delay_value = self.cap_ms;
            }
            self.previous_delay = delay_value;
        }

        if self.attempt_counter < u32::MAX {
            self.attempt_counter = self.attempt_counter + 1;
        }
        delay_value
    }

    pub fn reset(&mut self) {
        self.attempt_counter = 0;
        self.previous_delay = self.base_ms;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let mut attempt_limit: u32 = max_attempts;
    if attempt_limit == 0 {
        attempt_limit = 1;
    }
    let mut attempt_no: u32 = 1;
    loop {
        let outcome = connect(attempt_no);
        match outcome {
            Ok(connection) => {
                backoff.reset();
                return Ok(connection);
            }
            Err(problem) => {
                let is_last_attempt: bool = attempt_no >= attempt_limit;
                if is_last_attempt {
                    return Err(problem);
                }
                let wait_ms: u64 = backoff.next_delay();
                sleep(wait_ms);
                attempt_no = attempt_no + 1;
            }
        }
    }
}
