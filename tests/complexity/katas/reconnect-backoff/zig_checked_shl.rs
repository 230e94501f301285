// learner: optimal
// idiom: power of two via 1u64.checked_shl with saturating fallback, for-range reconnect with continue
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
    if lo == 0 && hi == u64::MAX {
        r
    } else {
        lo + r % (hi - lo + 1)
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    mode: Jitter,
    gen: R,
    k: u32,
    last_ms: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let b = core::cmp::min(base_ms, cap_ms);
        Self { base_ms: b, cap_ms, mode: jitter, gen: rng, k: 0, last_ms: b }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    pub fn next_delay(&mut self) -> u64 {
        let factor: u64 = match 1u64.checked_shl(self.k) {
            Some(f) => f,
            None => u64::MAX,
        };
        let ceiling = core::cmp::min(self.base_ms.saturating_mul(factor), self.cap_ms);
        self.k = self.k.saturating_add(1);
        if self.mode == Jitter::None {
            return ceiling;
        }
        if self.mode == Jitter::Full {
            return uniform(&mut self.gen, 0, ceiling);
        }
        let upper = core::cmp::max(self.base_ms, self.last_ms.saturating_mul(3));
        let d = core::cmp::min(uniform(&mut self.gen, self.base_ms, upper), self.cap_ms);
        self.last_ms = d;
        d
    }

    pub fn reset(&mut self) {
        self.k = 0;
        self.last_ms = self.base_ms;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let tries = core::cmp::max(max_attempts, 1);
    let mut i: u32 = 1;
    loop {
        let err = match connect(i) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => e,
        };
        if i == tries {
            return Err(err);
        }
        sleep(backoff.next_delay());
        i += 1;
    }
}
