// learner: optimal
// idiom: COBOL-style: running ws_ceiling doubled with saturating_mul each call (no pow), explicit counters, if/else ladder per jitter, while loop in reconnect
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

pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let ws_r: u64 = rng.next_u64();
    let ws_width: u64 = hi - lo;
    if ws_width == u64::MAX {
        return ws_r;
    }
    lo + ws_r % (ws_width + 1)
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    ws_base: u64,
    ws_cap: u64,
    ws_jitter: Jitter,
    ws_rng: R,
    ws_attempt: u32,
    ws_ceiling: u64,
    ws_prev: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let mut ws_base = base_ms;
        if ws_base > cap_ms {
            ws_base = cap_ms;
        }
        Backoff {
            ws_base,
            ws_cap: cap_ms,
            ws_jitter: jitter,
            ws_rng: rng,
            ws_attempt: 0,
            ws_ceiling: ws_base,
            ws_prev: ws_base,
        }
    }

    pub fn attempt(&self) -> u32 {
        self.ws_attempt
    }

    pub fn next_delay(&mut self) -> u64 {
        let ws_delay: u64;
        if self.ws_jitter == Jitter::None {
            ws_delay = self.ws_ceiling;
        } else if self.ws_jitter == Jitter::Full {
            ws_delay = uniform(&mut self.ws_rng, 0, self.ws_ceiling);
        } else {
            let mut ws_hi = self.ws_prev.saturating_mul(3);
            if ws_hi < self.ws_base {
                ws_hi = self.ws_base;
            }
            let mut ws_pick = uniform(&mut self.ws_rng, self.ws_base, ws_hi);
            if ws_pick > self.ws_cap {
                ws_pick = self.ws_cap;
            }
            ws_delay = ws_pick;
            self.ws_prev = ws_pick;
        }
        let ws_next_ceiling = self.ws_ceiling.saturating_mul(2);
        if ws_next_ceiling > self.ws_cap {
            self.ws_ceiling = self.ws_cap;
        } else {
            self.ws_ceiling = ws_next_ceiling;
        }
        self.ws_attempt = self.ws_attempt.saturating_add(1);
        ws_delay
    }

    pub fn reset(&mut self) {
        self.ws_attempt = 0;
        self.ws_ceiling = self.ws_base;
        self.ws_prev = self.ws_base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let mut ws_max: u32 = max_attempts;
    if ws_max == 0 {
        ws_max = 1;
    }
    let mut ws_try: u32 = 1;
    loop {
        match connect(ws_try) {
            Ok(ws_conn) => {
                backoff.reset();
                return Ok(ws_conn);
            }
            Err(ws_err) => {
                if ws_try >= ws_max {
                    return Err(ws_err);
                }
                let ws_wait = backoff.next_delay();
                sleep(ws_wait);
                ws_try = ws_try + 1;
            }
        }
    }
}
