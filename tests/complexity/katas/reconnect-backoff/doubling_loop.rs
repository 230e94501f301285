// learner: slow
// why: Backoff::next_delay is O(k) time, target O(1): recomputes base * 2^k by doubling in a loop over all previous attempts
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
    if hi - lo == u64::MAX {
        return r;
    }
    lo + r % (hi - lo + 1)
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    jitter: Jitter,
    rng: R,
    count: u32,
    prev: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base: u64 = if base_ms < cap_ms { base_ms } else { cap_ms };
        Backoff { base: base, cap: cap_ms, jitter: jitter, rng: rng, count: 0, prev: base }
    }

    pub fn attempt(&self) -> u32 {
        self.count
    }

    fn ceiling(&self) -> u64 {
        let mut value: u64 = self.base;
        for _ in 0..self.count {
            value = value.saturating_mul(2);
            if value > self.cap {
                value = self.cap;
            }
        }
        value
    }

    pub fn next_delay(&mut self) -> u64 {
        let result: u64 = match self.jitter {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let c: u64 = self.ceiling();
                uniform(&mut self.rng, 0, c)
            }
            Jitter::Decorrelated => {
                let three: u64 = self.prev.saturating_mul(3);
                let hi: u64 = if three > self.base { three } else { self.base };
                let mut d: u64 = uniform(&mut self.rng, self.base, hi);
                if d > self.cap {
                    d = self.cap;
                }
                self.prev = d;
                d
            }
        };
        self.count = self.count.saturating_add(1);
        result
    }

    pub fn reset(&mut self) {
        self.count = 0;
        self.prev = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let tries: u32 = if max_attempts == 0 { 1 } else { max_attempts };
    let mut i: u32 = 1;
    loop {
        match connect(i) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => {
                if i == tries {
                    return Err(e);
                }
                sleep(backoff.next_delay());
                i += 1;
            }
        }
    }
}
