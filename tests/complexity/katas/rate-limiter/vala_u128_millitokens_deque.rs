// learner: optimal
// idiom: vala: token bucket in u128 milli-tokens with a refill helper; sliding log as a VecDeque popped from the front in an expire_old helper
// why: try_acquire/available do a constant amount of u128 arithmetic, O(1); each log entry is pushed once and popped once, so try_acquire/in_window are O(1) amortised and the log holds at most limit entries
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

const MILLI: u128 = 1000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u128,
    rate_per_sec: u64,
    milli_tokens: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = capacity as u128 * MILLI;
        TokenBucket { capacity_milli: cap, rate_per_sec: tokens_per_sec, milli_tokens: cap, last_ms: 0 }
    }

    /// tokens_per_sec tokens per second == tokens_per_sec milli-tokens per ms.
    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.last_ms {
            return; // the clock went backwards (or stood still): nothing earned
        }
        let elapsed = (now_ms - self.last_ms) as u128;
        let earned = elapsed * self.rate_per_sec as u128;
        self.milli_tokens = self.milli_tokens.saturating_add(earned).min(self.capacity_milli);
        self.last_ms = now_ms;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.milli_tokens >= MILLI {
            self.milli_tokens -= MILLI;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.milli_tokens / MILLI) as u64
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

    fn expire_old(&mut self, now_ms: u64) {
        while let Some(&oldest) = self.log.front() {
            if now_ms.saturating_sub(oldest) >= self.window_ms {
                self.log.pop_front();
            } else {
                break;
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire_old(now_ms);
        if self.log.len() < self.limit {
            self.log.push_back(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire_old(now_ms);
        self.log.len()
    }
}
