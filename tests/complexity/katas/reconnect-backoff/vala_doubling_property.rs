// learner: optimal
// idiom: vala: keep the current ceiling as a property and double it (saturating) on each call, like a GObject "current-delay" property
// why: each next_delay doubles one stored value and draws at most once, O(1) time and space; reset restores two fields; reconnect is a for loop over 1..=max_attempts
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
    /// `ceiling(k)` exactly.
    None,
    /// Uniform in `[0, ceiling(k)]`.
    Full,
    /// Uniform in `[base, 3 * previous delay]`, capped.
    Decorrelated,
}

/// Draws a value in `[lo, hi]` (inclusive) as `lo + r % (hi - lo + 1)`.
pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    if lo == 0 && hi == u64::MAX {
        return r;
    }
    let width = hi - lo + 1;
    lo + r % width
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    mode: Jitter,
    source: R,
    handed_out: u32,
    /// ceiling(handed_out), kept up to date instead of recomputed
    current_ceiling: u64,
    /// the last delay (Decorrelated only)
    last_delay: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        let mut b = Backoff {
            base,
            cap: cap_ms,
            mode: jitter,
            source: rng,
            handed_out: 0,
            current_ceiling: 0,
            last_delay: 0,
        };
        b.reset();
        b
    }

    pub fn attempt(&self) -> u32 {
        self.handed_out
    }

    fn set_ceiling_after_use(&mut self) {
        let doubled = self.current_ceiling.saturating_mul(2);
        self.current_ceiling = if doubled < self.cap { doubled } else { self.cap };
    }

    fn draw_decorrelated(&mut self) -> u64 {
        let mut upper = self.last_delay.saturating_mul(3);
        if upper < self.base {
            upper = self.base;
        }
        let d = uniform(&mut self.source, self.base, upper);
        let d = if d > self.cap { self.cap } else { d };
        self.last_delay = d;
        d
    }

    pub fn next_delay(&mut self) -> u64 {
        let result = if self.mode == Jitter::None {
            self.current_ceiling
        } else if self.mode == Jitter::Full {
            let c = self.current_ceiling;
            uniform(&mut self.source, 0, c)
        } else {
            self.draw_decorrelated()
        };
        self.set_ceiling_after_use();
        if self.handed_out < u32::MAX {
            self.handed_out += 1;
        }
        result
    }

    pub fn reset(&mut self) {
        self.handed_out = 0;
        self.current_ceiling = self.base;
        self.last_delay = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let tries = max_attempts.max(1);
    let mut last_error: Option<E> = None;
    for n in 1..=tries {
        if let Some(_) = last_error.take() {
            sleep(backoff.next_delay());
        }
        match connect(n) {
            Ok(c) => {
                backoff.reset();
                return Ok(c);
            }
            Err(e) => last_error = Some(e),
        }
    }
    Err(last_error.expect("at least one attempt was made"))
}
