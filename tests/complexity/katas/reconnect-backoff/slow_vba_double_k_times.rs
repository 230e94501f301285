// learner: slow
// why: Backoff::next_delay is O(k) time, target O(1): the ceiling is rebuilt by doubling the base once per past attempt
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
    let r: u64 = rng.next_u64();
    if lo == 0 && hi == u64::MAX {
        return r;
    }
    let how_many: u64 = hi - lo + 1;
    lo + r % how_many
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    mode: Jitter,
    rng: R,
    tries: u32,
    last_delay: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let first: u64 = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { base_ms: first, cap_ms, mode: jitter, rng, tries: 0, last_delay: first }
    }

    pub fn attempt(&self) -> u32 {
        self.tries
    }

    pub fn next_delay(&mut self) -> u64 {
        // base doubled once per earlier attempt, like filling a column with =A1*2
        let mut ceiling: u64 = self.base_ms;
        let mut step: u32 = 0;
        while step < self.tries {
            ceiling = ceiling.saturating_mul(2);
            step = step + 1;
        }
        if ceiling > self.cap_ms {
            ceiling = self.cap_ms;
        }

        let mut answer: u64 = ceiling;
        if self.mode == Jitter::Full {
            answer = uniform(&mut self.rng, 0, ceiling);
        }
        if self.mode == Jitter::Decorrelated {
            let mut top: u64 = self.last_delay.saturating_mul(3);
            if top < self.base_ms {
                top = self.base_ms;
            }
            answer = uniform(&mut self.rng, self.base_ms, top);
            if answer > self.cap_ms {
                answer = self.cap_ms;
            }
            self.last_delay = answer;
        }
        self.tries = self.tries.saturating_add(1);
        answer
    }

    pub fn reset(&mut self) {
        self.tries = 0;
        self.last_delay = self.base_ms;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let limit: u32 = if max_attempts == 0 { 1 } else { max_attempts };
    let mut try_no: u32 = 1;
    loop {
        let result = connect(try_no);
        if result.is_ok() {
            backoff.reset();
            return result;
        }
        if try_no >= limit {
            return result;
        }
        sleep(backoff.next_delay());
        try_no += 1;
    }
}
