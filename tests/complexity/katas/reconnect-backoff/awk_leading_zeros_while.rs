// learner: optimal
// idiom: awk/sed one-liner sysadmin: short field names, 2^k overflow check by counting bits (leading_zeros) like a quick test, reconnect as a while loop keeping the last error in a variable

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
    match (hi - lo).checked_add(1) {
        Some(m) => lo + r % m,
        None => r,
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    b: u64,
    cap: u64,
    j: Jitter,
    rng: R,
    k: u32,
    prev: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let b = base_ms.min(cap_ms);
        Backoff { b, cap: cap_ms, j: jitter, rng, k: 0, prev: b }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    fn ceil(&self) -> u64 {
        if self.b == 0 {
            return 0;
        }
        // b << k fits iff b has at least k leading zero bits
        if self.k > self.b.leading_zeros() {
            return self.cap;
        }
        (self.b << self.k).min(self.cap)
    }

    pub fn next_delay(&mut self) -> u64 {
        let d = match self.j {
            Jitter::None => self.ceil(),
            Jitter::Full => {
                let c = self.ceil();
                uniform(&mut self.rng, 0, c)
            }
            Jitter::Decorrelated => {
                let hi = (self.prev.saturating_mul(3)).max(self.b);
                self.cap.min(uniform(&mut self.rng, self.b, hi))
            }
        };
        self.prev = d;
        self.k = self.k.saturating_add(1);
        d
    }

    pub fn reset(&mut self) {
        self.k = 0;
        self.prev = self.b;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let n = max_attempts.max(1);
    let mut i = 1;
    let mut last = connect(i);
    while let Err(_) = last {
        if i >= n {
            break;
        }
        sleep(backoff.next_delay());
        i += 1;
        last = connect(i);
    }
    if last.is_ok() {
        backoff.reset();
    }
    last
}
