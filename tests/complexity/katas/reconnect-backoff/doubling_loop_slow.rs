// learner: slow
// why: Backoff::next_delay is O(k) time, target O(1): the ceiling is rebuilt by doubling the base once per past attempt
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
    let span = hi.wrapping_sub(lo).wrapping_add(1); // 0 means the full 2^64 range
    if span == 0 {
        r
    } else {
        lo + r % span
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    mode: u8, // 0 none, 1 full, 2 decorrelated
    rng: R,
    k: u32,
    prev: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let b = if base_ms > cap_ms { cap_ms } else { base_ms };
        let mode = match jitter {
            Jitter::None => 0,
            Jitter::Full => 1,
            Jitter::Decorrelated => 2,
        };
        Backoff { base: b, cap: cap_ms, mode, rng, k: 0, prev: b }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    fn ceil_k(&self) -> u64 {
        // double k times, stop doubling once we hit the cap
        let mut v = self.base;
        let mut i = 0u32;
        while i < self.k {
            if v < self.cap {
                v = v.saturating_add(v);
            }
            i += 1;
        }
        if v > self.cap { self.cap } else { v }
    }

    pub fn next_delay(&mut self) -> u64 {
        let d = match self.mode {
            0 => self.ceil_k(),
            1 => {
                let c = self.ceil_k();
                uniform(&mut self.rng, 0, c)
            }
            _ => {
                let tri = if self.prev > u64::MAX / 3 { u64::MAX } else { self.prev * 3 };
                let hi = if tri < self.base { self.base } else { tri };
                let x = uniform(&mut self.rng, self.base, hi);
                if x > self.cap { self.cap } else { x }
            }
        };
        self.prev = d;
        if self.k != u32::MAX {
            self.k += 1;
        }
        d
    }

    pub fn reset(&mut self) {
        self.k = 0;
        self.prev = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    const TRY: u8 = 0;
    const WAIT: u8 = 1;
    let max = if max_attempts == 0 { 1 } else { max_attempts };
    let mut n: u32 = 1;
    let mut state = TRY;
    loop {
        if state == TRY {
            match connect(n) {
                Ok(c) => {
                    backoff.reset();
                    return Ok(c);
                }
                Err(e) => {
                    if n == max {
                        return Err(e);
                    }
                    state = WAIT;
                }
            }
        } else {
            sleep(backoff.next_delay());
            n += 1;
            state = TRY;
        }
    }
}
