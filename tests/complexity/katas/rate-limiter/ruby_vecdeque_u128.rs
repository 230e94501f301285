// learner: optimal
// idiom: Ruby-style: milli-tokens in u128 with min/checked chains, VecDeque log pruned with while + front().is_some_and
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

use std::collections::VecDeque;

const MILLI: u128 = 1_000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap_milli: u128,
    rate: u128,
    milli: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap_milli = u128::from(capacity) * MILLI;
        Self { cap_milli, rate: u128::from(tokens_per_sec), milli: cap_milli, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if let Some(elapsed) = now_ms.checked_sub(self.last_ms) {
            self.milli = self.milli.saturating_add(u128::from(elapsed).saturating_mul(self.rate)).min(self.cap_milli);
            self.last_ms = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        self.milli
            .checked_sub(MILLI)
            .map(|left| self.milli = left)
            .is_some()
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        u64::try_from(self.milli / MILLI).unwrap_or(u64::MAX)
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
        Self { limit, window_ms, log: VecDeque::new() }
    }

    fn expire(&mut self, now_ms: u64) {
        while self.log.front().is_some_and(|&t| now_ms.saturating_sub(t) >= self.window_ms) {
            self.log.pop_front();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        let room = self.log.len() < self.limit;
        if room {
            self.log.push_back(now_ms);
        }
        room
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.log.len()
    }
}
