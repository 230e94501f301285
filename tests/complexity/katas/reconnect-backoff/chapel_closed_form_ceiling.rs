// learner: optimal
// idiom: Chapel HPC programmer: a record of settings + state, ceiling computed in closed form with checked_shl/checked_mul (saturating at the cap), select-like match on the jitter kind, reconnect as a counted for-loop over 1..=attempts

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jitter {
    None,
    Full,
    Decorrelated,
}

pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    let span = hi - lo;
    if span == u64::MAX {
        return r;
    }
    lo + r % (span + 1)
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    baseMs: u64,
    capMs: u64,
    jitter: Jitter,
    rng: R,
    attemptNo: u32,
    prevMs: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let baseMs = base_ms.min(cap_ms);
        Backoff { baseMs, capMs: cap_ms, jitter, rng, attemptNo: 0, prevMs: baseMs }
    }

    pub fn attempt(&self) -> u32 {
        self.attemptNo
    }

    /// min(cap, base * 2^k) without overflow
    fn ceiling(&self, k: u32) -> u64 {
        let pow = 1u64.checked_shl(k).filter(|_| k < 64);
        match pow.and_then(|p| self.baseMs.checked_mul(p)) {
            Some(v) => v.min(self.capMs),
            None => {
                if self.baseMs == 0 { 0 } else { self.capMs }
            }
        }
    }

    pub fn next_delay(&mut self) -> u64 {
        let k = self.attemptNo;
        let d = match self.jitter {
            Jitter::None => self.ceiling(k),
            Jitter::Full => {
                let c = self.ceiling(k);
                uniform(&mut self.rng, 0, c)
            }
            Jitter::Decorrelated => {
                let hi = self.baseMs.max(self.prevMs.saturating_mul(3));
                uniform(&mut self.rng, self.baseMs, hi).min(self.capMs)
            }
        };
        self.prevMs = d;
        self.attemptNo = self.attemptNo.saturating_add(1);
        d
    }

    pub fn reset(&mut self) {
        self.attemptNo = 0;
        self.prevMs = self.baseMs;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let attempts = max_attempts.max(1);
    for i in 1..=attempts {
        match connect(i) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => {
                if i == attempts {
                    return Err(e);
                }
                sleep(backoff.next_delay());
            }
        }
    }
    unreachable!("the loop returns on its last iteration")
}
