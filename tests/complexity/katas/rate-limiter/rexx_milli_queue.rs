// learner: optimal
// idiom: REXX: counts in thousandths (like doing money in cents), refill as a small REFILL subroutine; the log is a queue you PULL expired times off the front of
// why: try_acquire on the bucket is a few u128 ops; the log pushes each time once and pops it once (VecDeque), so try_acquire/in_window are O(1) amortised

/* REXX-style: NUMERIC DIGITS would do it in REXX; here u128 keeps the products exact */

use std::collections::VecDeque;

/// MILLI-TOKENS: 1 token = 1000 units, so tokens_per_sec is exactly "units per ms".
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u128,
    rate_per_sec: u64,
    tokens_milli: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_milli = capacity as u128 * 1000;
        TokenBucket { capacity_milli, rate_per_sec: tokens_per_sec, tokens_milli: capacity_milli, last_ms: 0 }
    }

    /// REFILL: add what was earned since LAST_MS; a clock going backwards earns nothing
    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.last_ms {
            return;
        }
        let elapsed_ms = (now_ms - self.last_ms) as u128;
        let earned_milli = elapsed_ms.saturating_mul(self.rate_per_sec as u128);
        self.tokens_milli = self.tokens_milli.saturating_add(earned_milli).min(self.capacity_milli);
        self.last_ms = now_ms;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.tokens_milli >= 1000 {
            self.tokens_milli -= 1000;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.tokens_milli / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    time_queue: VecDeque<u64>, // oldest at the front, like a QUEUE/PULL stack
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, time_queue: VecDeque::new() }
    }

    /// PULL off the front everything that has left the window
    fn expire(&mut self, now_ms: u64) {
        loop {
            let Some(&oldest) = self.time_queue.front() else {
                break;
            };
            if now_ms.saturating_sub(oldest) < self.window_ms {
                break;
            }
            self.time_queue.pop_front();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.time_queue.len() >= self.limit {
            return false;
        }
        self.time_queue.push_back(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.time_queue.len()
    }
}
