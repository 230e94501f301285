// learner: optimal
// idiom: defensive beginner: explicit matches on checked arithmetic, early returns, mem::replace for state updates
//! Two rate limiters with an injected clock.

use std::collections::VecDeque;
use std::mem;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u128,
    per_ms_milli: u128,
    milli_tokens: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_milli = (capacity as u128) * 1000;
        TokenBucket {
            capacity_milli,
            per_ms_milli: tokens_per_sec as u128,
            milli_tokens: capacity_milli,
            last_ms: 0,
        }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.last_ms {
            // clock did not move, or went backwards: nothing earned
            return;
        }
        let previous = mem::replace(&mut self.last_ms, now_ms);
        let elapsed = (now_ms - previous) as u128;
        let earned = match elapsed.checked_mul(self.per_ms_milli) {
            Some(e) => e,
            None => self.capacity_milli,
        };
        let total = match self.milli_tokens.checked_add(earned) {
            Some(t) => t,
            None => self.capacity_milli,
        };
        if total > self.capacity_milli {
            self.milli_tokens = self.capacity_milli;
        } else {
            self.milli_tokens = total;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.milli_tokens < 1000 {
            return false;
        }
        self.milli_tokens -= 1000;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        let whole = self.milli_tokens / 1000;
        if whole > u64::MAX as u128 {
            return u64::MAX;
        }
        whole as u64
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
        SlidingWindowLog { limit, window_ms, times: VecDeque::new() }
    }

    fn forget_old(&mut self, now_ms: u64) {
        loop {
            let oldest = match self.times.front() {
                Some(t) => *t,
                None => return,
            };
            let age = match now_ms.checked_sub(oldest) {
                Some(a) => a,
                None => return, // should not happen: times never go backwards
            };
            if age < self.window_ms {
                return;
            }
            self.times.pop_front();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if self.limit == 0 {
            return false;
        }
        self.forget_old(now_ms);
        if self.times.len() >= self.limit {
            return false;
        }
        self.times.push_back(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        if self.times.is_empty() {
            return 0;
        }
        self.forget_old(now_ms);
        self.times.len()
    }
}
