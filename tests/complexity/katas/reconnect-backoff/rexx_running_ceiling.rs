// learner: optimal
// idiom: REXX: keep a running CUR_CEILING variable and double it after each call (CUR_CEILING = MIN(CAP, CUR_CEILING * 2)), like a counter in a DO loop
// why: next_delay is one saturating doubling plus at most one draw, no loop over k; reset restores two scalars; reconnect is one pass over attempts

/* REXX-style: no exponent at all, just "double it and clip" each time round */

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
    let raw_draw = rng.next_u64();
    match (hi - lo).checked_add(1) {
        Some(span) => lo + raw_draw % span,
        None => raw_draw, // the full [0, u64::MAX] range
    }
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base_ms: u64,
    cap_ms: u64,
    jitter_mode: Jitter,
    rand_gen: R,
    tries_so_far: u32,
    cur_ceiling: u64, // ceiling for the next None/Full delay
    last_delay: u64,  // previous delay, for Decorrelated
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let start_ms = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff {
            base_ms: start_ms,
            cap_ms,
            jitter_mode: jitter,
            rand_gen: rng,
            tries_so_far: 0,
            cur_ceiling: start_ms,
            last_delay: start_ms,
        }
    }

    pub fn attempt(&self) -> u32 {
        self.tries_so_far
    }

    pub fn next_delay(&mut self) -> u64 {
        let ceiling_now = self.cur_ceiling;
        let out_delay;
        if self.jitter_mode == Jitter::None {
            out_delay = ceiling_now;
        } else if self.jitter_mode == Jitter::Full {
            out_delay = uniform(&mut self.rand_gen, 0, ceiling_now);
        } else {
            let mut top = self.last_delay.saturating_mul(3);
            if top < self.base_ms {
                top = self.base_ms;
            }
            let mut d = uniform(&mut self.rand_gen, self.base_ms, top);
            if d > self.cap_ms {
                d = self.cap_ms;
            }
            self.last_delay = d;
            out_delay = d;
        }
        // prepare the next ceiling: double and clip
        self.cur_ceiling = self.cur_ceiling.saturating_mul(2).min(self.cap_ms);
        self.tries_so_far = self.tries_so_far.saturating_add(1);
        out_delay
    }

    pub fn reset(&mut self) {
        self.tries_so_far = 0;
        self.cur_ceiling = self.base_ms;
        self.last_delay = self.base_ms;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let attempt_limit = max_attempts.max(1);
    let mut try_no: u32 = 1;
    loop {
        match connect(try_no) {
            Ok(the_conn) => {
                backoff.reset();
                return Ok(the_conn);
            }
            Err(last_err) => {
                if try_no >= attempt_limit {
                    return Err(last_err);
                }
            }
        }
        sleep(backoff.next_delay());
        try_no += 1;
    }
}
