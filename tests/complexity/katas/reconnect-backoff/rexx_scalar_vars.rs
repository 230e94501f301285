// learner: optimal
// idiom: REXX: state is a few scalars (ATTEMPT, PREV_DELAY), ceiling computed fresh each call with saturating math; reconnect as DO FOREVER with LEAVE
// why: next_delay does a constant number of saturating ops and at most one draw; reset sets two scalars; reconnect calls connect at most max_attempts times

/* REXX-style: CEILING = MIN(CAP, BASE * 2**K), but saturating so it never blows up */

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
    jitter_kind: Jitter,
    rng_source: R,
    attempt_no: u32,
    prev_delay: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base_ms = base_ms.min(cap_ms);
        Backoff { base_ms, cap_ms, jitter_kind: jitter, rng_source: rng, attempt_no: 0, prev_delay: base_ms }
    }

    pub fn attempt(&self) -> u32 {
        self.attempt_no
    }

    fn ceiling(&self) -> u64 {
        let two_to_k = 2u64.saturating_pow(self.attempt_no);
        self.base_ms.saturating_mul(two_to_k).min(self.cap_ms)
    }

    pub fn next_delay(&mut self) -> u64 {
        let the_delay = match self.jitter_kind {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let ceil_now = self.ceiling();
                uniform(&mut self.rng_source, 0, ceil_now)
            }
            Jitter::Decorrelated => {
                let upper = self.base_ms.max(self.prev_delay.saturating_mul(3));
                let drawn = uniform(&mut self.rng_source, self.base_ms, upper);
                let capped = drawn.min(self.cap_ms);
                self.prev_delay = capped;
                capped
            }
        };
        self.attempt_no = self.attempt_no.saturating_add(1);
        the_delay
    }

    pub fn reset(&mut self) {
        self.attempt_no = 0;
        self.prev_delay = self.base_ms;
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
