// learner: optimal
// idiom: VBA-style: milli-token counters with saturating arithmetic and explicit If guards, VecDeque log trimmed in a Do-While
//! Two rate limiters with an injected clock.

use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u64,
    rate_milli_per_ms: u64,
    tokens_milli: u64,
    last_refill_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let full_amount: u64 = capacity.saturating_mul(1000);
        TokenBucket {
            capacity_milli: full_amount,
            // n tokens per second = n milli-tokens per millisecond
            rate_milli_per_ms: tokens_per_sec,
            tokens_milli: full_amount,
            last_refill_ms: 0,
        }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.last_refill_ms {
            return; // same instant, or the clock went backwards: nothing earned
        }
        let elapsed_ms: u64 = now_ms - self.last_refill_ms;
        let earned_milli: u64 = elapsed_ms.saturating_mul(self.rate_milli_per_ms);
        let mut new_level: u64 = self.tokens_milli.saturating_add(earned_milli);
        if new_level > self.capacity_milli {
            new_level = self.capacity_milli;
        }
        self.tokens_milli = new_level;
        self.last_refill_ms = now_ms;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        let one_token: u64 = 1000;
        let has_enough: bool = self.tokens_milli >= one_token;
        if has_enough {
            self.tokens_milli = self.tokens_milli - one_token;
        }
        has_enough
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        let whole_tokens: u64 = self.tokens_milli / 1000;
        whole_tokens
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    max_requests: usize,
    window_length_ms: u64,
    accepted_times: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { max_requests: limit, window_length_ms: window_ms, accepted_times: VecDeque::new() }
    }

    fn drop_expired(&mut self, now_ms: u64) {
        let mut keep_checking: bool = true;
        while keep_checking {
            match self.accepted_times.front() {
                Some(&oldest_time) => {
                    let age_ms: u64 = now_ms.saturating_sub(oldest_time);
                    if age_ms >= self.window_length_ms {
                        self.accepted_times.pop_front();
                    } else {
                        keep_checking = false;
                    }
                }
                None => keep_checking = false,
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.drop_expired(now_ms);
        let current_count: usize = self.accepted_times.len();
        if current_count < self.max_requests {
            self.accepted_times.push_back(now_ms);
            return true;
        }
        false
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.drop_expired(now_ms);
        self.accepted_times.len()
    }
}
