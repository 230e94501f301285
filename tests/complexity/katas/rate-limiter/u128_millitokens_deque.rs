// learner: optimal
// idiom: Haskell-convert: descriptive fields, u128 milli-token arithmetic with a private refill helper, VecDeque log popped from the front
use std::collections::VecDeque;

const MILLI_TOKENS_PER_TOKEN: u128 = 1000;

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_in_milli_tokens: u128,
    refill_milli_tokens_per_ms: u128,
    stored_milli_tokens: u128,
    last_refill_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_in_milli_tokens = capacity as u128 * MILLI_TOKENS_PER_TOKEN;
        TokenBucket {
            capacity_in_milli_tokens,
            refill_milli_tokens_per_ms: tokens_per_sec as u128,
            stored_milli_tokens: capacity_in_milli_tokens,
            last_refill_ms: 0,
        }
    }

    fn refill_until(&mut self, now_ms: u64) {
        if now_ms <= self.last_refill_ms {
            return;
        }
        let elapsed_ms = (now_ms - self.last_refill_ms) as u128;
        let earned_milli_tokens = elapsed_ms * self.refill_milli_tokens_per_ms;
        self.stored_milli_tokens = self
            .stored_milli_tokens
            .saturating_add(earned_milli_tokens)
            .min(self.capacity_in_milli_tokens);
        self.last_refill_ms = now_ms;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill_until(now_ms);
        if self.stored_milli_tokens >= MILLI_TOKENS_PER_TOKEN {
            self.stored_milli_tokens -= MILLI_TOKENS_PER_TOKEN;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill_until(now_ms);
        (self.stored_milli_tokens / MILLI_TOKENS_PER_TOKEN) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    maximum_requests_in_window: usize,
    window_length_ms: u64,
    accepted_request_times: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog {
            maximum_requests_in_window: limit,
            window_length_ms: window_ms,
            accepted_request_times: VecDeque::new(),
        }
    }

    fn forget_expired_requests(&mut self, now_ms: u64) {
        while let Some(&oldest_time) = self.accepted_request_times.front() {
            if now_ms.saturating_sub(oldest_time) >= self.window_length_ms {
                self.accepted_request_times.pop_front();
            } else {
                break;
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget_expired_requests(now_ms);
        if self.accepted_request_times.len() < self.maximum_requests_in_window {
            self.accepted_request_times.push_back(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget_expired_requests(now_ms);
        self.accepted_request_times.len()
    }
}
