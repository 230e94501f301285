// learner: optimal
// idiom: experienced: saturating_pow + min, checked_add().map_or in uniform, for over 1..=max with match guards in reconnect
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
    (hi - lo).checked_add(1).map_or(r, |span| lo + r % span)
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    jitter: Jitter,
    rng: R,
    k: u32,
    last: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        Self { base, cap: cap_ms, jitter, rng, k: 0, last: base }
    }

    pub fn attempt(&self) -> u32 {
        self.k
    }

    pub fn next_delay(&mut self) -> u64 {
        let ceiling = self.base.saturating_mul(2u64.saturating_pow(self.k)).min(self.cap);
        let delay = match self.jitter {
            Jitter::None => ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, ceiling),
            Jitter::Decorrelated => {
                let hi = self.base.max(self.last.saturating_mul(3));
                let d = uniform(&mut self.rng, self.base, hi).min(self.cap);
                self.last = d;
                d
            }
        };
        self.k = self.k.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.k = 0;
        self.last = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let last = max_attempts.max(1);
    for n in 1..=last {
        match connect(n) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(e) if n == last => return Err(e),
            Err(_) => sleep(backoff.next_delay()),
        }
    }
    unreachable!("the last attempt always returns")
}
