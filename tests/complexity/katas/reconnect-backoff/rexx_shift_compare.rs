// learner: optimal
// idiom: REXX: ceiling by comparison instead of multiplication: IF BASE <= CAP % 2**K THEN BASE * 2**K ELSE CAP, done with shifts; reconnect as DO WHILE
// why: next_delay is a compare and a shift (k >= 64 goes straight to the cap) plus at most one draw; reset is O(1); reconnect one pass over attempts

/* REXX-style: "would it overflow the cap?" asked before doing the multiply */

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
    k_count: u32,
    prev_ms: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base_ms = std::cmp::min(base_ms, cap_ms);
        Backoff { base_ms, cap_ms, jitter_kind: jitter, rng_source: rng, k_count: 0, prev_ms: base_ms }
    }

    pub fn attempt(&self) -> u32 {
        self.k_count
    }

    /// MIN(CAP, BASE * 2**K) without ever computing something too big:
    /// BASE * 2**K <= CAP exactly when BASE <= CAP >> K.
    fn ceiling_for(&self, k: u32) -> u64 {
        if k >= 64 {
            return if self.base_ms == 0 { 0 } else { self.cap_ms };
        }
        if self.base_ms <= (self.cap_ms >> k) {
            self.base_ms << k
        } else {
            self.cap_ms
        }
    }

    pub fn next_delay(&mut self) -> u64 {
        let k = self.k_count;
        self.k_count = self.k_count.saturating_add(1);
        match self.jitter_kind {
            Jitter::None => self.ceiling_for(k),
            Jitter::Full => {
                let hi = self.ceiling_for(k);
                uniform(&mut self.rng_source, 0, hi)
            }
            Jitter::Decorrelated => {
                let hi = std::cmp::max(self.base_ms, self.prev_ms.saturating_mul(3));
                let d = std::cmp::min(self.cap_ms, uniform(&mut self.rng_source, self.base_ms, hi));
                self.prev_ms = d;
                d
            }
        }
    }

    pub fn reset(&mut self) {
        self.k_count = 0;
        self.prev_ms = self.base_ms;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let total_tries = if max_attempts == 0 { 1 } else { max_attempts };
    let mut try_no = 1u32;
    let mut outcome = connect(try_no);
    while outcome.is_err() && try_no < total_tries {
        sleep(backoff.next_delay());
        try_no += 1;
        outcome = connect(try_no);
    }
    if outcome.is_ok() {
        backoff.reset();
    }
    outcome
}
