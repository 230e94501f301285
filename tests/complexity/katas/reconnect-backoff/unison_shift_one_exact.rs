// learner: optimal
// idiom: Unison: `2^k` as an exact `1 << k` that is `None` past 63 (an Optional, handled by a total match), and reconnect as a small recursion-free `go` loop
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

/// Draws a value in `[lo, hi]` (inclusive) as `lo + r % (hi - lo + 1)`,
/// where `r` is the next number from `rng`; exactly one number is drawn.
pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    if lo == 0 && hi == u64::MAX {
        r
    } else {
        lo + r % (hi - lo + 1)
    }
}

/// `min(cap, base * 2^k)` without overflow.
fn ceiling(base: u64, cap: u64, k: u32) -> u64 {
    let raw = match 1u64.checked_shl(k) {
        Some(pow) => base.saturating_mul(pow),
        None if base == 0 => 0,
        None => u64::MAX,
    };
    raw.min(cap)
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    jitter: Jitter,
    rng: R,
    handed_out: u32,
    last_delay: u64,
}

impl<R: Rng> Backoff<R> {
    /// A backoff that starts at `base_ms` and never exceeds `cap_ms`. A base
    /// above the cap is lowered to the cap.
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base_ms = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { base_ms, cap_ms, jitter, rng, handed_out: 0, last_delay: base_ms }
    }

    /// How many delays were handed out since creation or the last `reset`.
    pub fn attempt(&self) -> u32 {
        self.handed_out
    }

    /// The delay before the next attempt; advances the attempt counter.
    pub fn next_delay(&mut self) -> u64 {
        let k = self.handed_out;
        let (base, cap) = (self.base_ms, self.cap_ms);
        let delay = match self.jitter {
            Jitter::None => ceiling(base, cap, k),
            Jitter::Full => uniform(&mut self.rng, 0, ceiling(base, cap, k)),
            Jitter::Decorrelated => {
                let top = std::cmp::max(base, self.last_delay.saturating_mul(3));
                std::cmp::min(cap, uniform(&mut self.rng, base, top))
            }
        };
        self.last_delay = delay;
        self.handed_out = self.handed_out.saturating_add(1);
        delay
    }

    /// Back to the first delay: call after a successful connection.
    pub fn reset(&mut self) {
        self.handed_out = 0;
        self.last_delay = self.base_ms;
    }
}

/// Tries `connect(1)`, `connect(2)`, … up to `max_attempts` times (0 counts
/// as 1), calling `sleep(backoff.next_delay())` between failed attempts (not
/// after the last one). On success the backoff is reset and the connection
/// returned; otherwise the last error is.
pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let last = max_attempts.max(1);
    for attempt in 1..=last {
        match connect(attempt) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(e) => {
                if attempt == last {
                    return Err(e);
                }
                sleep(backoff.next_delay());
            }
        }
    }
    unreachable!("the loop returns on its last attempt")
}
