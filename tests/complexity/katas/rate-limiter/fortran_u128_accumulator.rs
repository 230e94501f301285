// learner: optimal
// idiom: Fortran port: wide u128 accumulator of milli-tokens (like promoting to double precision), VecDeque log trimmed by an explicit loop with break
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap_milli: u128,
    rate: u128, // milli-tokens per ms == tokens per second
    milli: u128,
    t_last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap_milli = capacity as u128 * 1000;
        TokenBucket { cap_milli, rate: tokens_per_sec as u128, milli: cap_milli, t_last: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.t_last {
            return;
        }
        let dt = (now_ms - self.t_last) as u128;
        let gained = dt * self.rate; // < 2^128
        let room = self.cap_milli - self.milli;
        if gained >= room {
            self.milli = self.cap_milli;
        } else {
            self.milli += gained;
        }
        self.t_last = now_ms;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.milli >= 1000 {
            self.milli -= 1000;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.milli / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    log: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, log: VecDeque::new() }
    }

    fn expire(&mut self, now_ms: u64) {
        loop {
            match self.log.front() {
                Some(&t) if now_ms.saturating_sub(t) >= self.window_ms => {
                    self.log.pop_front();
                }
                _ => break,
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.log.len() < self.limit {
            self.log.push_back(now_ms);
            return true;
        }
        false
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.log.len()
    }
}
