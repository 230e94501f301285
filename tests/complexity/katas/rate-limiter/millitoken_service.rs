// learner: optimal
// idiom: Spring-style: milli-token accounting in u128 with private refill/consume helpers, VecDeque log with evict_expired helper
use std::collections::VecDeque;

const MILLI_PER_TOKEN: u128 = 1000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u128,
    rate_per_sec: u128,
    balance_milli: u128,
    last_refill_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_milli = capacity as u128 * MILLI_PER_TOKEN;
        TokenBucket { capacity_milli, rate_per_sec: tokens_per_sec as u128, balance_milli: capacity_milli, last_refill_ms: 0 }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        self.consume_one()
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        self.whole_tokens()
    }

    fn refill(&mut self, now_ms: u64) {
        let Some(elapsed) = now_ms.checked_sub(self.last_refill_ms) else {
            return;
        };
        // tokens_per_sec tokens per 1000 ms == tokens_per_sec milli-tokens per ms
        let earned = elapsed as u128 * self.rate_per_sec;
        self.balance_milli = self.balance_milli.saturating_add(earned).min(self.capacity_milli);
        self.last_refill_ms = now_ms;
    }

    fn consume_one(&mut self) -> bool {
        if self.balance_milli < MILLI_PER_TOKEN {
            return false;
        }
        self.balance_milli -= MILLI_PER_TOKEN;
        true
    }

    fn whole_tokens(&self) -> u64 {
        (self.balance_milli / MILLI_PER_TOKEN) as u64
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
        SlidingWindowLog { limit, window_ms, accepted: VecDeque::new() }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.evict_expired(now_ms);
        if self.has_capacity() {
            self.accepted.push_back(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.evict_expired(now_ms);
        self.accepted.len()
    }

    fn evict_expired(&mut self, now_ms: u64) {
        while self.accepted.front().map_or(false, |&t| self.is_expired(t, now_ms)) {
            self.accepted.pop_front();
        }
    }

    fn is_expired(&self, stamp: u64, now_ms: u64) -> bool {
        now_ms.saturating_sub(stamp) >= self.window_ms
    }

    fn has_capacity(&self) -> bool {
        self.accepted.len() < self.limit
    }
}
