// learner: optimal
// idiom: heavy generics: a small Limiter trait implemented by both, generic helper drives acquire
//! Two rate limiters with an injected clock.

use std::collections::VecDeque;

/// What both limiters have in common: bring state up to `now`, then decide.
trait Limiter {
    fn advance(&mut self, now_ms: u64);
    fn has_room(&self) -> bool;
    fn admit(&mut self, now_ms: u64);
}

/// Generic acquire: advance the state, admit if there is room.
fn acquire<L: Limiter>(limiter: &mut L, now_ms: u64) -> bool {
    limiter.advance(now_ms);
    let ok = limiter.has_room();
    if ok {
        limiter.admit(now_ms);
    }
    ok
}

/// Milli-token arithmetic that cannot overflow.
fn capped_add<N: Ord + Copy>(value: N, add: Option<N>, cap: N) -> N
where
    N: std::ops::Add<Output = N>,
{
    match add {
        Some(a) if a < cap => {
            let room = cap;
            std::cmp::min(value + a, room)
        }
        _ => cap,
    }
}

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u128,
    rate: u128,
    milli: u128,
    last: u64,
}

impl Limiter for TokenBucket {
    fn advance(&mut self, now_ms: u64) {
        if now_ms > self.last {
            let earned = ((now_ms - self.last) as u128).checked_mul(self.rate);
            self.milli = capped_add(self.milli, earned, self.cap);
            self.last = now_ms;
        }
    }
    fn has_room(&self) -> bool {
        self.milli >= 1000
    }
    fn admit(&mut self, _now_ms: u64) {
        self.milli -= 1000;
    }
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = u128::from(capacity) * 1000;
        TokenBucket { cap, rate: u128::from(tokens_per_sec), milli: cap, last: 0 }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        acquire(self, now_ms)
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.advance(now_ms);
        (self.milli / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window: u64,
    log: VecDeque<u64>,
}

impl Limiter for SlidingWindowLog {
    fn advance(&mut self, now_ms: u64) {
        while let Some(&t) = self.log.front() {
            if now_ms - t < self.window {
                break;
            }
            self.log.pop_front();
        }
    }
    fn has_room(&self) -> bool {
        self.log.len() < self.limit
    }
    fn admit(&mut self, now_ms: u64) {
        self.log.push_back(now_ms);
    }
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window: window_ms, log: VecDeque::new() }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        acquire(self, now_ms)
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.advance(now_ms);
        self.log.len()
    }
}
