// learner: optimal
// idiom: Chapel HPC programmer: incremental state instead of a formula: the current ceiling is carried and doubled (saturating) after each delay, like an iterative recurrence; reconnect as an explicit loop with early returns

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
    if lo == 0 && hi == u64::MAX {
        r
    } else {
        lo + r % (hi - lo + 1)
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    baseMs: u64,
    capMs: u64,
    mode: Jitter,
    gen: R,
    count: u32,
    curCeil: u64, // ceiling(count), kept up to date
    lastDelay: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let b = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { baseMs: b, capMs: cap_ms, mode: jitter, gen: rng, count: 0, curCeil: b, lastDelay: b }
    }

    pub fn attempt(&self) -> u32 {
        self.count
    }

    pub fn next_delay(&mut self) -> u64 {
        let delay = match self.mode {
            Jitter::None => self.curCeil,
            Jitter::Full => uniform(&mut self.gen, 0, self.curCeil),
            Jitter::Decorrelated => {
                let upper = std::cmp::max(self.baseMs, self.lastDelay.saturating_mul(3));
                std::cmp::min(self.capMs, uniform(&mut self.gen, self.baseMs, upper))
            }
        };
        // recurrence: ceiling(k+1) = min(cap, 2 * ceiling(k))
        self.curCeil = std::cmp::min(self.capMs, self.curCeil.saturating_mul(2));
        self.lastDelay = delay;
        self.count = self.count.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.count = 0;
        self.curCeil = self.baseMs;
        self.lastDelay = self.baseMs;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let total = if max_attempts == 0 { 1 } else { max_attempts };
    let mut attemptNo = 1u32;
    loop {
        let err = match connect(attemptNo) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(e) => e,
        };
        if attemptNo == total {
            return Err(err);
        }
        sleep(backoff.next_delay());
        attemptNo += 1;
    }
}
