// learner: optimal
// idiom: Option-chaining: ceiling via 1u64.checked_shl + checked_mul with unwrap_or(cap), reconnect as a for loop over 1..=max with a last-error slot
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

/// Draws a value in `[lo, hi]` (inclusive) as `lo + r % (hi - lo + 1)`.
pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    (hi - lo).checked_add(1).map_or(r, |width| lo + r % width)
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    jitter: Jitter,
    rng: R,
    tries: u32,
    prev_ms: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base_ms = std::cmp::min(base_ms, cap_ms);
        Self { base_ms, cap_ms, jitter, rng, tries: 0, prev_ms: base_ms }
    }

    pub fn attempt(&self) -> u32 {
        self.tries
    }

    pub fn next_delay(&mut self) -> u64 {
        let ceiling = 1u64
            .checked_shl(self.tries)
            .and_then(|p| p.checked_mul(self.base_ms))
            .map_or(self.cap_ms, |v| v.min(self.cap_ms));
        let delay = if self.jitter == Jitter::None {
            ceiling
        } else if self.jitter == Jitter::Full {
            uniform(&mut self.rng, 0, ceiling)
        } else {
            let upper = std::cmp::max(self.base_ms, self.prev_ms.saturating_mul(3));
            let d = std::cmp::min(self.cap_ms, uniform(&mut self.rng, self.base_ms, upper));
            self.prev_ms = d;
            d
        };
        self.tries = self.tries.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.tries = 0;
        self.prev_ms = self.base_ms;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let total = max_attempts.max(1);
    let mut last_err = None;
    for n in 1..=total {
        if n > 1 {
            sleep(backoff.next_delay());
        }
        match connect(n) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => last_err = Some(e),
        }
    }
    Err(last_err.expect("at least one attempt was made"))
}
