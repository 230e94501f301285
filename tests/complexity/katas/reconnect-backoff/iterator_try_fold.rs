// learner: optimal
// idiom: iterator adapters and Option combinators: try_fold over attempts, map_or for the ceiling
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
    let r = rng.next_u64();
    (hi - lo).checked_add(1).map_or(r, |span| lo + r % span)
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

    fn ceiling(&self) -> u64 {
        1u64.checked_shl(self.attempt)
            .map_or(u64::MAX, |pow| self.base.saturating_mul(pow))
            .min(self.cap)
            .min(if self.base == 0 { 0 } else { u64::MAX })
    }

    pub fn next_delay(&mut self) -> u64 {
        let ceiling = self.ceiling();
        self.attempt = self.attempt.saturating_add(1);
        match self.jitter {
            Jitter::None => ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, ceiling),
            Jitter::Decorrelated => {
                let hi = Some(self.prev.saturating_mul(3)).filter(|&h| h > self.base).unwrap_or(self.base);
                self.prev = uniform(&mut self.rng, self.base, hi).min(self.cap);
                self.prev
            }
        }
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
    let last = max_attempts.max(1);
    // Ok(conn) ends the fold early (as the "break" value); Err carries the last error on.
    let outcome = (1..=last).try_fold(None, |_prev_err: Option<E>, n| match connect(n) {
        Ok(conn) => Err(conn),
        Err(e) if n == last => Ok(Some(e)),
        Err(_) => {
            sleep(backoff.next_delay());
            Ok(None)
        }
    });
    match outcome {
        Err(conn) => {
            backoff.reset();
            Ok(conn)
        }
        Ok(last_err) => Err(last_err.expect("the last attempt always records its error")),
    }
}
