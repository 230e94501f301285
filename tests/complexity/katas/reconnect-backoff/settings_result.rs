// learner: optimal
// idiom: Spring-style: for-loop reconnect keeping the last error in an Option, checked_pow + ok_or mapping, DelayStrategy trait-free match helpers
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
    let draw = rng.next_u64();
    if lo == 0 && hi == u64::MAX {
        return draw;
    }
    lo + draw % (hi - lo + 1)
}

#[derive(Debug, Clone)]
struct BackoffSettings {
    base_ms: u64,
    cap_ms: u64,
    jitter: Jitter,
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    settings: BackoffSettings,
    random: R,
    attempts_since_reset: u32,
    last_delay_ms: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let settings = BackoffSettings { base_ms: std::cmp::min(base_ms, cap_ms), cap_ms, jitter };
        let last_delay_ms = settings.base_ms;
        Self { settings, random: rng, attempts_since_reset: 0, last_delay_ms }
    }

    pub fn attempt(&self) -> u32 {
        self.attempts_since_reset
    }

    pub fn next_delay(&mut self) -> u64 {
        let computed = self.compute_delay();
        self.record(computed);
        computed
    }

    pub fn reset(&mut self) {
        self.attempts_since_reset = 0;
        self.last_delay_ms = self.settings.base_ms;
    }

    fn record(&mut self, delay: u64) {
        self.last_delay_ms = delay;
        self.attempts_since_reset = self.attempts_since_reset.saturating_add(1);
    }

    fn compute_delay(&mut self) -> u64 {
        match self.settings.jitter {
            Jitter::None => self.capped_exponential(),
            Jitter::Full => {
                let upper = self.capped_exponential();
                uniform(&mut self.random, 0, upper)
            }
            Jitter::Decorrelated => {
                let base = self.settings.base_ms;
                let upper = std::cmp::max(base, self.last_delay_ms.saturating_mul(3));
                std::cmp::min(self.settings.cap_ms, uniform(&mut self.random, base, upper))
            }
        }
    }

    fn capped_exponential(&self) -> u64 {
        let cap = self.settings.cap_ms;
        let result: Result<u64, ()> = 2u64
            .checked_pow(self.attempts_since_reset)
            .ok_or(())
            .and_then(|factor| self.settings.base_ms.checked_mul(factor).ok_or(()));
        match result {
            Ok(value) => value.min(cap),
            Err(()) if self.settings.base_ms == 0 => 0,
            Err(()) => cap,
        }
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let total = if max_attempts == 0 { 1 } else { max_attempts };
    let mut last_error: Option<E> = None;
    for attempt in 1..=total {
        if last_error.is_some() {
            sleep(backoff.next_delay());
        }
        match connect(attempt) {
            Ok(connection) => {
                backoff.reset();
                return Ok(connection);
            }
            Err(error) => last_error = Some(error),
        }
    }
    Err(last_error.expect("at least one attempt was made"))
}
