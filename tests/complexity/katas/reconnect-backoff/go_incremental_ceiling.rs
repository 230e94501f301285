// learner: optimal
// idiom: Go-style incremental state: keep the current ceiling and double it (saturating, capped) each call, if/else everywhere, while loop reconnect
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
    if lo == 0 && hi == u64::MAX {
        r
    } else {
        lo + r % (hi - lo + 1)
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap: u64,
    mode: Jitter,
    rng: R,
    count: u32,
    ceiling: u64,
    last_delay: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let b = base_ms.min(cap_ms);
        Backoff { base_ms: b, cap: cap_ms, mode: jitter, rng, count: 0, ceiling: b, last_delay: b }
    }

    pub fn attempt(&self) -> u32 {
        self.count
    }

    pub fn next_delay(&mut self) -> u64 {
        let out;
        if self.mode == Jitter::None {
            out = self.ceiling;
        } else if self.mode == Jitter::Full {
            out = uniform(&mut self.rng, 0, self.ceiling);
        } else {
            let hi = self.base_ms.max(self.last_delay.saturating_mul(3));
            out = uniform(&mut self.rng, self.base_ms, hi).min(self.cap);
            self.last_delay = out;
        }
        // advance: ceiling(k + 1) = min(cap, 2 * ceiling(k))
        self.ceiling = self.ceiling.saturating_mul(2).min(self.cap);
        self.count = self.count.saturating_add(1);
        out
    }

    pub fn reset(&mut self) {
        self.count = 0;
        self.ceiling = self.base_ms;
        self.last_delay = self.base_ms;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let max = if max_attempts < 1 { 1 } else { max_attempts };
    let mut i = 1u32;
    let mut last_err;
    loop {
        let res = connect(i);
        if let Ok(c) = res {
            backoff.reset();
            return Ok(c);
        }
        last_err = res.err();
        if i >= max {
            break;
        }
        sleep(backoff.next_delay());
        i += 1;
    }
    Err(last_err.unwrap())
}
