// learner: optimal
// idiom: match-heavy, checked_* arithmetic with explicit fallbacks, Option<&u64> matching on the log front inside a loop
use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u64,
    refill_per_ms: u64,
    milli_tokens: u64,
    last_refill_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_milli = match capacity.checked_mul(1000) {
            Some(v) => v,
            None => u64::MAX,
        };
        Self { capacity_milli, refill_per_ms: tokens_per_sec, milli_tokens: capacity_milli, last_refill_ms: 0 }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.catch_up(now_ms);
        match self.milli_tokens.checked_sub(1000) {
            Some(rest) => {
                self.milli_tokens = rest;
                true
            }
            None => false,
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.catch_up(now_ms);
        self.milli_tokens / 1000
    }

    fn catch_up(&mut self, now_ms: u64) {
        let elapsed = match now_ms.checked_sub(self.last_refill_ms) {
            Some(0) | None => return, // same instant, or a clock going backwards
            Some(e) => e,
        };
        let earned = elapsed.checked_mul(self.refill_per_ms).unwrap_or(u64::MAX);
        let total = self.milli_tokens.checked_add(earned).unwrap_or(u64::MAX);
        self.milli_tokens = if total > self.capacity_milli { self.capacity_milli } else { total };
        self.last_refill_ms = now_ms;
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

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let current = self.in_window(now_ms);
        match current < self.limit {
            true => {
                self.times.push_back(now_ms);
                true
            }
            false => false,
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        loop {
            match self.times.front() {
                Some(&t) if now_ms - t >= self.window_ms => {
                    self.times.pop_front();
                }
                _ => break,
            }
        }
        self.times.len()
    }
}
