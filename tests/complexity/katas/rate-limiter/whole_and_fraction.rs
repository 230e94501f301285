// learner: optimal
// idiom: bucket as whole tokens + leftover thousandths with div/rem carry and let-else; log trimmed with a while loop on front().is_some_and(..)
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    per_sec: u64,
    whole: u64,
    thousandths: u64,
    at: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        Self { capacity, per_sec: tokens_per_sec, whole: capacity, thousandths: 0, at: 0 }
    }

    fn catch_up(&mut self, now: u64) {
        let Some(dt) = now.checked_sub(self.at) else {
            return; // clock went backwards: earn nothing, keep our time
        };
        self.at = now;
        if self.whole >= self.capacity {
            self.thousandths = 0;
            return;
        }
        let gained = dt.saturating_mul(self.per_sec).saturating_add(self.thousandths);
        self.whole = self.whole.saturating_add(gained / 1000);
        self.thousandths = gained % 1000;
        if self.whole >= self.capacity {
            self.whole = self.capacity;
            self.thousandths = 0;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.catch_up(now_ms);
        match self.whole {
            0 => false,
            _ => {
                self.whole -= 1;
                true
            }
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.catch_up(now_ms);
        self.whole
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    times: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { limit, window_ms, times: VecDeque::with_capacity(limit.min(1 << 16)) }
    }

    fn trim(&mut self, now: u64) {
        let w = self.window_ms;
        while self.times.front().is_some_and(|&t| now - t >= w) {
            self.times.pop_front();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.trim(now_ms);
        let ok = self.times.len() < self.limit;
        if ok {
            self.times.push_back(now_ms);
        }
        ok
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.trim(now_ms);
        self.times.len()
    }
}
