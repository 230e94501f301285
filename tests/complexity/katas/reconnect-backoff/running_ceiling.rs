// learner: optimal
// idiom: keeps the running ceiling and doubles it (saturating) after each delay instead of computing 2^k; while loop in reconnect, if/else chains
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
    if lo == 0 && hi == u64::MAX {
        r
    } else {
        lo + r % (hi - lo + 1)
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    mode: Jitter,
    rng: R,
    handed_out: u32,
    current_ceiling: u64,
    previous: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff {
            base,
            cap: cap_ms,
            mode: jitter,
            rng,
            handed_out: 0,
            current_ceiling: base,
            previous: base,
        }
    }

    pub fn attempt(&self) -> u32 {
        self.handed_out
    }

    pub fn next_delay(&mut self) -> u64 {
        let ceiling = self.current_ceiling;
        let delay;
        if self.mode == Jitter::None {
            delay = ceiling;
        } else if self.mode == Jitter::Full {
            delay = uniform(&mut self.rng, 0, ceiling);
        } else {
            let upper = std::cmp::max(self.base, self.previous.saturating_mul(3));
            delay = std::cmp::min(self.cap, uniform(&mut self.rng, self.base, upper));
            self.previous = delay;
        }
        self.current_ceiling = std::cmp::min(self.cap, ceiling.saturating_mul(2));
        self.handed_out = self.handed_out.saturating_add(1);
        delay
    }

    pub fn reset(&mut self) {
        self.handed_out = 0;
        self.current_ceiling = self.base;
        self.previous = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let allowed = if max_attempts == 0 { 1 } else { max_attempts };
    let mut n = 1;
    let mut outcome = connect(n);
    while outcome.is_err() && n < allowed {
        sleep(backoff.next_delay());
        n += 1;
        outcome = connect(n);
    }
    if outcome.is_ok() {
        backoff.reset();
    }
    outcome
}
