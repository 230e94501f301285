// learner: optimal
// idiom: Idris dependent-types fan: the per-strategy state lives in the variant (an internal Schedule enum: Exponential{k} | Decorrelated{prev}), so only the data a strategy needs exists; ceiling via leading_zeros bound check; reconnect folds attempts with a Result accumulator
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
    let r = rng.next_u64();
    let span = hi - lo;
    if span == u64::MAX { r } else { lo + r % (span + 1) }
}

/// What the next delay depends on, per strategy.
#[derive(Debug, Clone, Copy)]
enum Schedule {
    Exponential { full_jitter: bool },
    Decorrelated { prev: u64 },
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    k: u32,
    schedule: Schedule,
    rng: R,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        let schedule = match jitter {
            Jitter::None => Schedule::Exponential { full_jitter: false },
            Jitter::Full => Schedule::Exponential { full_jitter: true },
            Jitter::Decorrelated => Schedule::Decorrelated { prev: base },
        };
        Backoff { base, cap: cap_ms, k: 0, schedule, rng }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    fn ceiling(base: u64, cap: u64, k: u32) -> u64 {
        // base * 2^k fits in u64 iff base has at least k leading zero bits.
        if base == 0 {
            0
        } else if k <= base.leading_zeros() {
            (base << k).min(cap)
        } else {
            cap
        }
    }

    pub fn next_delay(&mut self) -> u64 {
        let (base, cap, k) = (self.base, self.cap, self.k);
        let delay = match &mut self.schedule {
            Schedule::Exponential { full_jitter: false } => Self::ceiling(base, cap, k),
            Schedule::Exponential { full_jitter: true } => uniform(&mut self.rng, 0, Self::ceiling(base, cap, k)),
            Schedule::Decorrelated { prev } => {
                let d = uniform(&mut self.rng, base, base.max(prev.saturating_mul(3))).min(cap);
                *prev = d;
                d
            }
        };
        self.k = k.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.k = 0;
        if let Schedule::Decorrelated { prev } = &mut self.schedule {
            *prev = self.base;
        }
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let last = max_attempts.max(1);
    let mut outcome = connect(1);
    let mut n = 1;
    while n < last {
        if outcome.is_ok() {
            break;
        }
        sleep(backoff.next_delay());
        n += 1;
        outcome = connect(n);
    }
    if outcome.is_ok() {
        backoff.reset();
    }
    outcome
}
