// learner: optimal
// idiom: per-mode state kept in a private enum, if-let chains, reconnect written as a small recursive helper with an attempt budget
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
    let draw = rng.next_u64();
    (hi - lo).checked_add(1).map(|m| lo + draw % m).unwrap_or(draw)
}

#[derive(Debug, Clone, Copy)]
enum State {
    Plain,
    Full,
    Decorrelated { prev: u64 },
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    rng: R,
    tries: u32,
    state: State,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        let state = match jitter {
            Jitter::None => State::Plain,
            Jitter::Full => State::Full,
            Jitter::Decorrelated => State::Decorrelated { prev: base },
        };
        Backoff { base, cap: cap_ms, rng, tries: 0, state }
    }

    pub fn attempt(&self) -> u32 {
        self.tries
    }

    fn ceiling(&self) -> u64 {
        let doubled = match 1u64.checked_shl(self.tries) {
            Some(f) if self.tries < 64 => self.base.saturating_mul(f),
            _ if self.base == 0 => 0,
            _ => u64::MAX,
        };
        doubled.min(self.cap)
    }

    pub fn next_delay(&mut self) -> u64 {
        let ceiling = self.ceiling();
        self.tries = self.tries.saturating_add(1);
        if let State::Decorrelated { prev } = self.state {
            let d = uniform(&mut self.rng, self.base, self.base.max(prev.saturating_mul(3))).min(self.cap);
            self.state = State::Decorrelated { prev: d };
            d
        } else if let State::Full = self.state {
            uniform(&mut self.rng, 0, ceiling)
        } else {
            ceiling
        }
    }

    pub fn reset(&mut self) {
        self.tries = 0;
        if let State::Decorrelated { prev } = &mut self.state {
            *prev = self.base;
        }
    }
}

fn attempt_from<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    n: u32,
    last: u32,
    connect: &mut impl FnMut(u32) -> Result<C, E>,
    sleep: &mut impl FnMut(u64),
) -> Result<C, E> {
    let mut n = n;
    loop {
        match connect(n) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) if n >= last => return Err(e),
            Err(_) => {
                sleep(backoff.next_delay());
                n += 1;
            }
        }
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    attempt_from(backoff, 1, max_attempts.max(1), &mut connect, &mut sleep)
}
