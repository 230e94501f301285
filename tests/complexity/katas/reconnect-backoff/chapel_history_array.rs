// learner: slow
// idiom: Chapel HPC programmer: every delay handed out is stored in a history array (attempt = its size, prev = its last element), and the ceiling is a product reduction over the attempt domain
// why: Backoff::next_delay is O(k) time and the backoff keeps O(k) space (k = attempts since reset) vs target O(1)/O(1): a product loop per call and a growing history Vec
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
    if hi - lo == u64::MAX {
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
    history: Vec<u64>,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        Backoff { baseMs: base_ms.min(cap_ms), capMs: cap_ms, mode: jitter, gen: rng, history: Vec::new() }
    }

    pub fn attempt(&self) -> u32 {
        self.history.len() as u32
    }

    /// * reduce over {0..k-1} of 2, times base, clipped at the cap
    fn ceilingAt(&self, k: usize) -> u64 {
        let mut prod: u64 = self.baseMs;
        for _ in 0..k {
            prod = prod.saturating_mul(2);
        }
        prod.min(self.capMs)
    }

    pub fn next_delay(&mut self) -> u64 {
        let k = self.history.len();
        let delay = match self.mode {
            Jitter::None => self.ceilingAt(k),
            Jitter::Full => {
                let c = self.ceilingAt(k);
                uniform(&mut self.gen, 0, c)
            }
            Jitter::Decorrelated => {
                let prev = *self.history.last().unwrap_or(&self.baseMs);
                let upper = self.baseMs.max(prev.saturating_mul(3));
                uniform(&mut self.gen, self.baseMs, upper).min(self.capMs)
            }
        };
        self.history.push(delay);
        delay
    }

    pub fn reset(&mut self) {
        self.history.clear();
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let total = max_attempts.max(1);
    let mut attemptNo = 1;
    loop {
        match connect(attemptNo) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => {
                if attemptNo == total {
                    return Err(e);
                }
                sleep(backoff.next_delay());
                attemptNo += 1;
            }
        }
    }
}
