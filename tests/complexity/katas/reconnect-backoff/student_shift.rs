// learner: optimal
// idiom: Rust-book student: explicit types, match on jitter, shift of 1 guarded by `if attempt >= 64`, loop/match reconnect
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
    let r: u64 = rng.next_u64();
    let width: Option<u64> = (hi - lo).checked_add(1);
    match width {
        Some(w) => lo + r % w,
        None => r,
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    jitter: Jitter,
    rng: R,
    attempt: u32,
    prev: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base: u64 = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff {
            base: base,
            cap: cap_ms,
            jitter: jitter,
            rng: rng,
            attempt: 0,
            prev: base,
        }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    fn ceiling(&self) -> u64 {
        let factor: u64 = if self.attempt >= 64 { u64::MAX } else { 1u64 << self.attempt };
        let raw: u64 = self.base.saturating_mul(factor);
        if raw > self.cap {
            self.cap
        } else {
            raw
        }
    }

    pub fn next_delay(&mut self) -> u64 {
        let delay: u64 = match self.jitter {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let top: u64 = self.ceiling();
                uniform(&mut self.rng, 0, top)
            }
            Jitter::Decorrelated => {
                let mut hi: u64 = self.prev.saturating_mul(3);
                if hi < self.base {
                    hi = self.base;
                }
                let d: u64 = uniform(&mut self.rng, self.base, hi);
                let d: u64 = if d > self.cap { self.cap } else { d };
                self.prev = d;
                d
            }
        };
        self.attempt = self.attempt.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.attempt = 0;
        self.prev = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let limit: u32 = if max_attempts == 0 { 1 } else { max_attempts };
    let mut attempt: u32 = 1;
    loop {
        match connect(attempt) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(e) => {
                if attempt >= limit {
                    return Err(e);
                }
                let wait: u64 = backoff.next_delay();
                sleep(wait);
                attempt += 1;
            }
        }
    }
}
