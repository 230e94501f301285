// learner: slow
// why: Backoff::next_delay is O(k) time, target O(1): the ceiling is rebuilt by folding k doublings from base on every call
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
    match (hi - lo).checked_add(1) {
        Some(width) => lo + r % width,
        None => r,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Millis(u64);

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: Millis,
    cap: Millis,
    jitter: Jitter,
    rng: R,
    tries: u32,
    prev: Millis,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let (base, cap) = (Millis(base_ms.min(cap_ms)), Millis(cap_ms));
        Backoff { base, cap, jitter, rng, tries: 0, prev: base }
    }

    pub fn attempt(&self) -> u32 {
        self.tries
    }

    /// ceiling k = iterate (min cap . (*2)) base !! k
    fn ceiling(&self) -> Millis {
        (0..self.tries).fold(self.base, |Millis(d), _| Millis(d.saturating_mul(2)).min(self.cap))
    }

    pub fn next_delay(&mut self) -> u64 {
        let Millis(d) = match self.jitter {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let Millis(c) = self.ceiling();
                Millis(uniform(&mut self.rng, 0, c))
            }
            Jitter::Decorrelated => {
                let (Millis(b), Millis(p)) = (self.base, self.prev);
                let next = Millis(uniform(&mut self.rng, b, b.max(p.saturating_mul(3)))).min(self.cap);
                self.prev = next;
                next
            }
        };
        self.tries = self.tries.saturating_add(1);
        d
    }

    pub fn reset(&mut self) {
        self.tries = 0;
        self.prev = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let last = max_attempts.max(1);
    let mut n = 1;
    loop {
        match (connect(n), n >= last) {
            (Ok(conn), _) => {
                backoff.reset();
                break Ok(conn);
            }
            (Err(e), true) => break Err(e),
            (Err(_), false) => {
                sleep(backoff.next_delay());
                n += 1;
            }
        }
    }
}
