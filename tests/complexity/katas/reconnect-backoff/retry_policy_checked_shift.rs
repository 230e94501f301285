// learner: optimal
// idiom: TypeScript/Node backend developer: a retry-policy class with attempt/prevDelay fields, ceiling computed from checked_shl/checked_mul like a guarded Math.min(cap, base * 2 ** k), for-loop reconnect
// why:
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
    attempt: u32,
    prevDelay: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let baseMs = base_ms.min(cap_ms);
        Backoff { baseMs, capMs: cap_ms, jitter, rng, attempt: 0, prevDelay: baseMs }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    fn ceiling(&self, k: u32) -> u64 {
        1u64.checked_shl(k)
            .filter(|_| k < 64)
            .and_then(|factor| self.baseMs.checked_mul(factor))
            .map_or(self.capMs, |d| d.min(self.capMs))
    }

    pub fn next_delay(&mut self) -> u64 {
        let k = self.attempt;
        let delay = match self.jitter {
            Jitter::None => self.ceiling(k),
            Jitter::Full => {
                let ceiling = self.ceiling(k);
                uniform(&mut self.rng, 0, ceiling)
            }
            Jitter::Decorrelated => {
                let upper = self.baseMs.max(self.prevDelay.saturating_mul(3));
                uniform(&mut self.rng, self.baseMs, upper).min(self.capMs)
            }
        };
        self.prevDelay = delay;
        self.attempt = self.attempt.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.attempt = 0;
        self.prevDelay = self.baseMs;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let maxAttempts = max_attempts.max(1);
    let mut attemptNo = 1;
    loop {
        match connect(attemptNo) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(err) if attemptNo >= maxAttempts => return Err(err),
            Err(_) => {
                sleep(backoff.next_delay());
                attemptNo += 1;
            }
        }
    }
}
