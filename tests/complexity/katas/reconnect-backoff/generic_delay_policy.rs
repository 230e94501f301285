// learner: optimal
// idiom: heavy generics: a DelayPolicy trait implemented for Jitter, generic helpers over any Rng
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

/// How randomness is mixed into the delays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jitter {
    None,
    Full,
    Decorrelated,
}

pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    draw_in(rng, lo, hi)
}

fn draw_in<G: Rng + ?Sized>(rng: &mut G, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    match (hi - lo).checked_add(1) {
        Some(width) => lo + r % width,
        None => r,
    }
}

/// `min(cap, base * 2^k)` without overflow.
fn capped_exp<N: Into<u64>>(base: u64, cap: u64, k: N) -> u64 {
    let k: u64 = k.into();
    let factor = if k >= 64 { u64::MAX } else { 1u64 << k };
    base.saturating_mul(factor).min(cap)
}

/// The settings a policy needs to produce a delay.
struct Settings {
    base: u64,
    cap: u64,
}

/// One jitter strategy: given the state, produce the next delay.
trait DelayPolicy {
    fn delay<G: Rng>(&self, s: &Settings, k: u32, prev: u64, rng: &mut G) -> u64;
}

impl DelayPolicy for Jitter {
    fn delay<G: Rng>(&self, s: &Settings, k: u32, prev: u64, rng: &mut G) -> u64 {
        match self {
            Jitter::None => capped_exp(s.base, s.cap, k),
            Jitter::Full => draw_in(rng, 0, capped_exp(s.base, s.cap, k)),
            Jitter::Decorrelated => {
                let hi = s.base.max(prev.saturating_mul(3));
                draw_in(rng, s.base, hi).min(s.cap)
            }
        }
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
        let base = base_ms.min(cap_ms);
        Backoff { base, cap: cap_ms, jitter, rng, attempt: 0, prev: base }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    pub fn next_delay(&mut self) -> u64 {
        let settings = Settings { base: self.base, cap: self.cap };
        let d = self.jitter.delay(&settings, self.attempt, self.prev, &mut self.rng);
        self.prev = d;
        self.attempt = self.attempt.saturating_add(1);
        d
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
    let limit = max_attempts.max(1);
    let mut attempt = 1;
    loop {
        match connect(attempt) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(err) if attempt >= limit => return Err(err),
            Err(_) => {
                sleep(backoff.next_delay());
                attempt += 1;
            }
        }
    }
}
