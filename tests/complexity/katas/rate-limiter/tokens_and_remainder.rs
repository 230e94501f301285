// learner: optimal
// idiom: PHP Laravel developer: whole `tokens` plus a `remainder` of earned-but-incomplete token-milliseconds, refill() helper called from both public methods; log as a VecDeque "requests" queue trimmed with a guard loop
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    tokens_per_sec: u64,
    tokens: u64,
    /// token-milliseconds earned towards the next token (always < 1000)
    remainder: u128,
    last_refill: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        Self { capacity, tokens_per_sec, tokens: capacity, remainder: 0, last_refill: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.last_refill {
            return;
        }
        let elapsed = (now_ms - self.last_refill) as u128;
        self.last_refill = now_ms;

        let earned = self.remainder + elapsed * self.tokens_per_sec as u128;
        let new_tokens = earned / 1000;
        self.remainder = earned % 1000;

        let total = self.tokens as u128 + new_tokens;
        if total >= self.capacity as u128 {
            self.tokens = self.capacity;
            self.remainder = 0;
        } else {
            self.tokens = total as u64;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.tokens == 0 {
            return false;
        }
        self.tokens -= 1;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        self.tokens
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    requests: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { limit, window_ms, requests: VecDeque::new() }
    }

    fn forget_expired(&mut self, now_ms: u64) {
        loop {
            match self.requests.front() {
                Some(&oldest) if now_ms - oldest >= self.window_ms => {
                    self.requests.pop_front();
                }
                _ => break,
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget_expired(now_ms);
        if self.requests.len() >= self.limit {
            return false;
        }
        self.requests.push_back(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget_expired(now_ms);
        self.requests.len()
    }
}
