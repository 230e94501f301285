// learner: slow
// idiom: Lua game modder: recompute the ceiling every call by doubling base `tries` times in a for loop (like for i=1,k do c=c*2 end), clamped each step
// why: Backoff::next_delay is O(k) in the attempt count (loops k times to get 2^k) vs the O(1) target; 10 000 failures make it O(k^2) overall
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
    None,
    Full,
    Decorrelated,
}

pub fn uniform(rng: &mut impl Rng, lo: u64, hi: u64) -> u64 {
    let r = rng.next_u64();
    if hi - lo == u64::MAX {
        return r;
    }
    lo + r % (hi - lo + 1)
}

#[derive(Debug, Clone)]
pub struct Backoff<R: Rng> {
    base: u64,
    cap: u64,
    mode: Jitter,
    rng: R,
    tries: u32,
    last: u64,
}

impl<R: Rng> Backoff<R> {
    pub fn new(base_ms: u64, cap_ms: u64, jitter: Jitter, rng: R) -> Self {
        let base = if base_ms > cap_ms { cap_ms } else { base_ms };
        Backoff { base: base, cap: cap_ms, mode: jitter, rng: rng, tries: 0, last: base }
    }

    pub fn attempt(&self) -> u32 {
        self.tries
    }

    // base * 2^k, doubled k times, clamped to cap
    fn ceiling(&self) -> u64 {
        let mut c = self.base;
        for _ in 0..self.tries {
            c = c.saturating_mul(2);
            if c > self.cap {
                c = self.cap;
            }
        }
        c
    }

    pub fn next_delay(&mut self) -> u64 {
        let d = match self.mode {
            Jitter::None => self.ceiling(),
            Jitter::Full => {
                let c = self.ceiling();
                uniform(&mut self.rng, 0, c)
            }
            Jitter::Decorrelated => {
                let mut hi = self.last.saturating_mul(3);
                if hi < self.base {
                    hi = self.base;
                }
                let x = uniform(&mut self.rng, self.base, hi);
                if x > self.cap { self.cap } else { x }
            }
        };
        self.last = d;
        self.tries = self.tries + 1;
        d
    }

    pub fn reset(&mut self) {
        self.tries = 0;
        self.last = self.base;
    }
}

pub fn reconnect<C, E, R: Rng>(
    backoff: &mut Backoff<R>,
    max_attempts: u32,
    mut connect: impl FnMut(u32) -> Result<C, E>,
    mut sleep: impl FnMut(u64),
) -> Result<C, E> {
    let max = if max_attempts == 0 { 1 } else { max_attempts };
    let mut i = 1;
    loop {
        let res = connect(i);
        if res.is_ok() {
            backoff.reset();
            return res;
        }
        if i == max {
            return res;
        }
        sleep(backoff.next_delay());
        i = i + 1;
    }
}
