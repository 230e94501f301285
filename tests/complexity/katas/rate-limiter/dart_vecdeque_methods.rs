// learner: optimal
// idiom: Dart-style: builder-ish constructors, u128 milli-tokens with saturating ops and checked_* Option chaining, VecDeque with while-let front().filter(..) eviction
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

const MILLI: u128 = 1000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u128,
    rate: u128,
    level: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let full = capacity as u128 * MILLI;
        Self { capacity: full, rate: tokens_per_sec as u128, level: full, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) -> &mut Self {
        if let Some(elapsed) = now_ms.checked_sub(self.last_ms) {
            let earned = (elapsed as u128).saturating_mul(self.rate);
            self.level = self.level.saturating_add(earned).min(self.capacity);
            self.last_ms = now_ms;
        }
        self
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let bucket = self.refill(now_ms);
        bucket
            .level
            .checked_sub(MILLI)
            .map(|rest| bucket.level = rest)
            .is_some()
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        (self.refill(now_ms).level / MILLI) as u64
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
        let window = self.window_ms;
        while self
            .accepted
            .front()
            .filter(|&&t| now_ms.saturating_sub(t) >= window)
            .is_some()
        {
            self.accepted.pop_front();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget_expired(now_ms);
        let room = self.accepted.len() < self.limit;
        if room {
            self.accepted.push_back(now_ms);
        }
        room
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget_expired(now_ms);
        self.accepted.len()
    }
}
