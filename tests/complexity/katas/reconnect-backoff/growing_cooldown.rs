// learner: optimal
// idiom: Unity C# game developer: keeps a running "currentCeiling" that doubles each call (like a cooldown timer that grows), no 2^k at all; reconnect is a for loop with early return
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
    let span = hi - lo;
    if span == u64::MAX {
        r
    } else {
        lo + r % (span + 1)
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    jitter: Jitter,
    rng: R,
    attempt: u32,
    current_ceiling: u64,
    previous_delay: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        Backoff {
            base,
            cap: cap_ms,
            jitter,
            rng,
            attempt: 0,
            current_ceiling: base,
            previous_delay: base,
        }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    pub fn next_delay(&mut self) -> u64 {
        let ceiling = self.current_ceiling;
        let delay = match self.jitter {
            Jitter::None => ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, ceiling),
            Jitter::Decorrelated => {
                let upper = self.base.max(self.previous_delay.saturating_mul(3));
                uniform(&mut self.rng, self.base, upper).min(self.cap)
            }
        };
        self.previous_delay = delay;
        self.current_ceiling = self.current_ceiling.saturating_mul(2).min(self.cap);
        self.attempt = self.attempt.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.attempt = 0;
        self.current_ceiling = self.base;
        self.previous_delay = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let tries = max_attempts.max(1);
    for attempt in 1..=tries {
        match connect(attempt) {
            Ok(connection) => {
                backoff.reset();
                return Ok(connection);
            }
            Err(error) => {
                if attempt == tries {
                    return Err(error);
                }
                sleep(backoff.next_delay());
            }
        }
    }
    unreachable!("the last attempt always returns")
}
