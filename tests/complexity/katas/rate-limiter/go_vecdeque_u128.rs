// learner: optimal
// idiom: Go-style: u128 milli-token counter with explicit if-guards, VecDeque log trimmed by a for-loop with break, shared trim helper
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

use std::collections::VecDeque;

const MILLI: u128 = 1000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap_milli: u128,
    rate: u128, // milli-tokens per ms == tokens per second
    milli: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = capacity as u128 * MILLI;
        TokenBucket { cap_milli: cap, rate: tokens_per_sec as u128, milli: cap, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.last_ms {
            return;
        }
        let elapsed = (now_ms - self.last_ms) as u128;
        let earned = elapsed.saturating_mul(self.rate);
        let mut total = self.milli.saturating_add(earned);
        if total > self.cap_milli {
            total = self.cap_milli;
        }
        self.milli = total;
        self.last_ms = now_ms;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.milli < MILLI {
            return false;
        }
        self.milli -= MILLI;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.milli / MILLI) as u64
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
            let front = match self.log.front() {
                Some(&t) => t,
                None => break,
            };
            if now_ms.saturating_sub(front) < self.window_ms {
                break;
            }
            self.log.pop_front();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.log.len() >= self.limit {
            return false;
        }
        self.log.push_back(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.log.len()
    }
}
