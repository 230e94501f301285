// learner: optimal
// idiom: Ballerina-style records: BucketConfig/BucketState with whole tokens + milli remainder in saturating u64, while-let pruning of a VecDeque
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

#[derive(Debug, Clone, Copy)]
struct BucketConfig {
    capacity: u64,
    tokens_per_sec: u64,
}

#[derive(Debug, Clone, Copy)]
struct BucketState {
    whole: u64,
    remainder_milli: u64, // always < 1000
    last_refill_ms: u64,
}

#[derive(Debug, Clone)]
pub struct TokenBucket {
    config: BucketConfig,
    state: BucketState,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        Self {
            config: BucketConfig { capacity, tokens_per_sec },
            state: BucketState { whole: capacity, remainder_milli: 0, last_refill_ms: 0 },
        }
    }

    fn refill(&mut self, now_ms: u64) {
        let Some(elapsed) = now_ms.checked_sub(self.state.last_refill_ms) else {
            return; // clock went backwards: nothing earned
        };
        self.state.last_refill_ms = now_ms;
        if self.state.whole >= self.config.capacity {
            self.state.remainder_milli = 0;
            return;
        }
        let earned_milli = elapsed
            .saturating_mul(self.config.tokens_per_sec)
            .saturating_add(self.state.remainder_milli);
        let whole = self.state.whole.saturating_add(earned_milli / 1000);
        if whole >= self.config.capacity {
            self.state.whole = self.config.capacity;
            self.state.remainder_milli = 0;
        } else {
            self.state.whole = whole;
            self.state.remainder_milli = earned_milli % 1000;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        match self.state.whole {
            0 => false,
            _ => {
                self.state.whole -= 1;
                true
            }
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        self.state.whole
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    accepted: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { limit, window_ms, accepted: VecDeque::new() }
    }

    fn forget_expired(&mut self, now_ms: u64) {
        while let Some(&oldest) = self.accepted.front() {
            if now_ms - oldest < self.window_ms {
                break;
            }
            self.accepted.pop_front();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget_expired(now_ms);
        let admitted = self.accepted.len() < self.limit;
        if admitted {
            self.accepted.push_back(now_ms);
        }
        admitted
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget_expired(now_ms);
        self.accepted.len()
    }
}
