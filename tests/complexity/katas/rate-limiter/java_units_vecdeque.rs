// learner: optimal
// idiom: Java-style: private helpers (refill, elapsed_since_last, expire_before) and constants, token level kept in u128 thousandths of a token with saturating ops, VecDeque log expired from the front with a while loop
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

const MS_PER_SEC: u128 = 1000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_units: u128,
    rate_per_sec: u128,
    level_units: u128,
    last_refill_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_units = capacity as u128 * MS_PER_SEC;
        TokenBucket { capacity_units, rate_per_sec: tokens_per_sec as u128, level_units: capacity_units, last_refill_ms: 0 }
    }

    fn elapsed_since_last(&self, now_ms: u64) -> u64 {
        now_ms.saturating_sub(self.last_refill_ms)
    }

    fn refill(&mut self, now_ms: u64) {
        let elapsed = self.elapsed_since_last(now_ms) as u128;
        // one token per second = 1000 units per 1000 ms = rate units per ms
        let earned = self.rate_per_sec.saturating_mul(elapsed);
        self.level_units = self.level_units.saturating_add(earned).min(self.capacity_units);
        if now_ms > self.last_refill_ms {
            self.last_refill_ms = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.level_units < MS_PER_SEC {
            return false;
        }
        self.level_units -= MS_PER_SEC;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.level_units / MS_PER_SEC) as u64
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
        SlidingWindowLog { limit, window_ms, accepted: VecDeque::with_capacity(limit.min(1 << 16)) }
    }

    fn still_counts(&self, stamp: u64, now_ms: u64) -> bool {
        now_ms.saturating_sub(stamp) < self.window_ms
    }

    fn expire_before(&mut self, now_ms: u64) {
        while let Some(&oldest) = self.accepted.front() {
            if self.still_counts(oldest, now_ms) {
                break;
            }
            self.accepted.pop_front();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire_before(now_ms);
        if self.accepted.len() >= self.limit {
            return false;
        }
        self.accepted.push_back(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire_before(now_ms);
        self.accepted.len()
    }
}
