// learner: optimal
// idiom: teenager who learnt programming in Scratch: works out base * 2^k each time with a shift, with an "if it's too big, it's the cap" check first; reconnect is a while-true loop with a counter
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
    // how many different numbers can come out
    if lo == 0 && hi == u64::MAX {
        return r; // every number, no need for %
    }
    let how_many = hi - lo + 1;
    lo + r % how_many
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    jitter: Jitter,
    rng: R,
    tries: u32,
    last: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let mut base = base_ms;
        if base > cap_ms {
            base = cap_ms;
        }
        Backoff { base, cap: cap_ms, jitter, rng, tries: 0, last: base }
    }

    pub fn attempt(&self) -> u32 {
        self.tries
    }

    // base * 2^k but never more than the cap
    fn ceiling(&self, k: u32) -> u64 {
        if self.base == 0 {
            return 0;
        }
        // shifting by 64 or more would lose everything, and the cap wins anyway
        if k >= 64 {
            return self.cap;
        }
        // would base << k spill over the top?
        if self.base > (u64::MAX >> k) {
            return self.cap;
        }
        let doubled = self.base << k;
        if doubled > self.cap {
            self.cap
        } else {
            doubled
        }
    }

    pub fn next_delay(&mut self) -> u64 {
        let wait;
        if self.jitter == Jitter::None {
            wait = self.ceiling(self.tries);
        } else if self.jitter == Jitter::Full {
            let top = self.ceiling(self.tries);
            wait = uniform(&mut self.rng, 0, top);
        } else {
            let mut top = self.last.saturating_mul(3);
            if top < self.base {
                top = self.base;
            }
            let drawn = uniform(&mut self.rng, self.base, top);
            wait = if drawn > self.cap { self.cap } else { drawn };
        }
        self.last = wait;
        if self.tries < u32::MAX {
            self.tries += 1;
        }
        wait
    }

    pub fn reset(&mut self) {
        self.tries = 0;
        self.last = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let mut limit = max_attempts;
    if limit == 0 {
        limit = 1;
    }
    let mut attempt = 1;
    loop {
        let result = connect(attempt);
        match result {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(e) => {
                if attempt >= limit {
                    return Err(e); // out of tries
                }
            }
        }
        let wait = backoff.next_delay();
        sleep(wait);
        attempt += 1;
    }
}
