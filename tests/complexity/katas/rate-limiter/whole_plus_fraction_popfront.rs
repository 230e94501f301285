// learner: optimal
// idiom: whole tokens + a sub-token remainder (in thousandths) kept separately with u128 intermediates; log trimmed with a `loop` + match on front() and pop_front
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    per_sec: u64,
    whole: u64,
    thousandths: u64,
    clock: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { capacity, per_sec: tokens_per_sec, whole: capacity, thousandths: 0, clock: 0 }
    }

    fn catch_up(&mut self, now_ms: u64) {
        if now_ms <= self.clock {
            return;
        }
        let dt = (now_ms - self.clock) as u128;
        self.clock = now_ms;
        if self.whole >= self.capacity {
            self.thousandths = 0;
            return;
        }
        let gained = dt * self.per_sec as u128 + self.thousandths as u128;
        let gained_whole = gained / 1000;
        let room = (self.capacity - self.whole) as u128;
        if gained_whole >= room {
            self.whole = self.capacity;
            self.thousandths = 0;
        } else {
            self.whole += gained_whole as u64;
            self.thousandths = (gained % 1000) as u64;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.catch_up(now_ms);
        if self.whole == 0 {
            return false;
        }
        self.whole -= 1;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.catch_up(now_ms);
        self.whole
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window: u64,
    times: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window: window_ms, times: VecDeque::with_capacity(limit.min(1 << 16)) }
    }

    fn trim(&mut self, now: u64) {
        loop {
            match self.times.front() {
                Some(&t) if now - t >= self.window => {
                    self.times.pop_front();
                }
                _ => break,
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.trim(now_ms);
        if self.times.len() < self.limit {
            self.times.push_back(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.trim(now_ms);
        self.times.len()
    }
}
