// learner: optimal
// idiom: saturating_pow ceiling, match on (jitter, state) tuples, try_fold short-circuit reconnect
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

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    bounds: (u64, u64),
    jitter: Jitter,
    rng: R,
    state: (u32, u64),
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = base_ms.min(cap_ms);
        Backoff { bounds: (base, cap_ms), jitter, rng, state: (0, base) }
    }

    pub fn attempt(&self) -> u32 {
        self.state.0
    }

    fn ceiling(&self) -> u64 {
        let (base, cap) = self.bounds;
        base.saturating_mul(2u64.saturating_pow(self.state.0)).min(cap)
    }

    pub fn next_delay(&mut self) -> u64 {
        let (base, cap) = self.bounds;
        let ceiling = self.ceiling();
        let (attempt, prev) = self.state;
        let delay = match self.jitter {
            Jitter::None => ceiling,
            Jitter::Full => uniform(&mut self.rng, 0, ceiling),
            Jitter::Decorrelated => {
                uniform(&mut self.rng, base, base.max(prev.saturating_mul(3))).min(cap)
            }
        };
        self.state = match self.jitter {
            Jitter::Decorrelated => (attempt.saturating_add(1), delay),
            _ => (attempt.saturating_add(1), prev),
        };
        delay
    }

    pub fn reset(&mut self) {
        self.state = (0, self.bounds.0);
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let limit = max_attempts.max(1);
    // try_fold short-circuits with the final outcome; Ok(()) means "keep trying".
    let outcome = (1..=limit).try_fold((), |(), n| match (connect(n), n >= limit) {
        (Ok(conn), _) => Err(Ok(conn)),
        (Err(e), true) => Err(Err(e)),
        (Err(_), false) => {
            sleep(backoff.next_delay());
            Ok(())
        }
    });
    match outcome {
        Err(Ok(conn)) => {
            backoff.reset();
            Ok(conn)
        }
        Err(Err(e)) => Err(e),
        Ok(()) => unreachable!("the last attempt always decides"),
    }
}
