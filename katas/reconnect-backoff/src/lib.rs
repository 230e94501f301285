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
    let _ = rng;
    todo!("draw from [{lo}, {hi}]")
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    // TODO: the settings, the generator, and what you need to remember
    // between two calls of `next_delay`.
    _todo: std::marker::PhantomData<R>,
}

impl<R: Rng> Backoff<R> {
    /// A backoff that starts at `base_ms` and never exceeds `cap_ms`. A base
    /// above the cap is lowered to the cap.
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let _ = (jitter, rng);
        todo!("start at {base_ms} ms, cap at {cap_ms} ms")
    }

    /// How many delays were handed out since creation or the last `reset`.
    pub fn attempt(&self) -> u32 {
        todo!()
    }

    /// The delay before the next attempt; advances the attempt counter.
    ///
    /// - `None`: `ceiling(k)` where `ceiling(k) = min(cap, base * 2^k)`.
    /// - `Full`: `uniform(0, ceiling(k))`.
    /// - `Decorrelated`: `min(cap, uniform(base, max(base, 3 * prev)))`,
    ///   where `prev` is the previous delay (`base` after creation/reset).
    pub fn next_delay(&mut self) -> u64 {
        todo!("the next delay")
    }

    /// Back to the first delay: call after a successful connection.
    pub fn reset(&mut self) {
        todo!("back to the start")
    }
}

/// Tries `connect(1)`, `connect(2)`, … up to `max_attempts` times (0 counts
/// as 1), calling `sleep(backoff.next_delay())` between failed attempts (not
/// after the last one). On success the backoff is reset and the connection
/// returned; otherwise the last error is.
pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    connect: impl FnMut(u32) -> Result<C, E>,
    sleep: impl FnMut(u64),
) -> Result<C, E> {
    let _ = (backoff, connect, sleep);
    todo!("up to {max_attempts} attempts")
}
