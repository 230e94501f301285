// learner: optimal
// idiom: ROS-style C++: keeps the running ceiling as state and doubles it with saturating_mul each call (like a controller integrator), if-chains, while-loop reconnect with counter
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


/// Draws a value in `[lo, hi]` (inclusive) as `lo + r % (hi - lo + 1)`.
pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    if lo == 0 && hi == u64::MAX {
        r
    } else {
        lo + r % (hi - lo + 1)
    }
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    jitter: Jitter,
    rng: R,
    count: u32,
    ceiling_now: u64, // min(cap, base * 2^count)
    last_delay: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let mut base = base_ms;
        if base > cap_ms {
            base = cap_ms;
        }
        Backoff { base, cap: cap_ms, jitter, rng, count: 0, ceiling_now: base, last_delay: base }
    }

    pub fn attempt(&self) -> u32 {
        self.count
    }

    pub fn next_delay(&mut self) -> u64 {
        let ceil = self.ceiling_now;
        let out: u64;
        if self.jitter == Jitter::None {
            out = ceil;
        } else if self.jitter == Jitter::Full {
            out = uniform(&mut self.rng, 0, ceil);
        } else {
            let mut upper = self.last_delay.saturating_mul(3);
            if upper < self.base {
                upper = self.base;
            }
            let v = uniform(&mut self.rng, self.base, upper);
            out = if v > self.cap { self.cap } else { v };
        }
        // advance state for the next call
        let doubled = self.ceiling_now.saturating_mul(2);
        self.ceiling_now = if doubled > self.cap { self.cap } else { doubled };
        self.last_delay = out;
        self.count = self.count.saturating_add(1);
        out
    }

    pub fn reset(&mut self) {
        self.count = 0;
        self.ceiling_now = self.base;
        self.last_delay = self.base;
    }
}

/// Tries `connect(1)`, `connect(2)`, … up to `max_attempts` times (0 counts as 1).
pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let mut budget = max_attempts;
    if budget == 0 {
        budget = 1;
    }
    let mut tryno: u32 = 1;
    let mut outcome = connect(tryno);
    while outcome.is_err() && tryno < budget {
        sleep(backoff.next_delay());
        tryno += 1;
        outcome = connect(tryno);
    }
    if outcome.is_ok() {
        backoff.reset();
    }
    outcome
}
