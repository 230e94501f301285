// learner: optimal
// idiom: Unison: the mutable part is a small immutable `State` value; `step : State -> (Nat, State)` is pure apart from the handled Random draw, and the ceiling is carried along doubled (saturating) instead of recomputed
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
    match (hi - lo).checked_add(1) {
        Some(span) => lo + r % span,
        None => r, // the full u64 range: r itself is uniform
    }
}

/// What the backoff remembers between two delays. Copied, never shared.
#[derive(Debug, Clone, Copy)]
struct State {
    attempt: u32,
    ceiling: u64, // min(cap, base * 2^attempt), kept up to date by doubling
    prev: u64,
}

impl State {
    fn start(base: u64) -> State {
        State { attempt: 0, ceiling: base, prev: base }
    }
}

/// Delays between reconnection attempts, in milliseconds.
#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    jitter: Jitter,
    rng: R,
    state: State,
}

impl<R: Rng> Backoff<R> {
    /// A backoff that starts at `base_ms` and never exceeds `cap_ms`. A base
    /// above the cap is lowered to the cap.
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        Backoff { base, cap: cap_ms, jitter, rng, state: State::start(base) }
    }

    /// How many delays were handed out since creation or the last `reset`.
    pub fn attempt(&self) -> u32 {
        self.state.attempt
    }

    /// One step: the delay for `s`, and the state after it.
    fn step(&mut self, s: State) -> (u64, State) {
        let delay = match self.jitter {
            Jitter::None => s.ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, s.ceiling),
            Jitter::Decorrelated => {
                uniform(&mut self.rng, self.base, self.base.max(s.prev.saturating_mul(3))).min(self.cap)
            }
        };
        let next = State {
            attempt: s.attempt.saturating_add(1),
            ceiling: s.ceiling.saturating_mul(2).min(self.cap),
            prev: delay,
        };
        (delay, next)
    }

    /// The delay before the next attempt; advances the attempt counter.
    pub fn next_delay(&mut self) -> u64 {
        let (delay, next) = self.step(self.state);
        self.state = next;
        delay
    }

    /// Back to the first delay: call after a successful connection.
    pub fn reset(&mut self) {
        self.state = State::start(self.base);
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
    let max = max_attempts.max(1);
    let mut attempt = 1;
    loop {
        match connect(attempt) {
            Ok(conn) => {
                backoff.reset();
                return Ok(conn);
            }
            Err(e) if attempt >= max => return Err(e),
            Err(_) => {
                sleep(backoff.next_delay());
                attempt += 1;
            }
        }
    }
}
