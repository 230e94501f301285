// learner: optimal
// idiom: Java/C#-style classes: private fields, getters, many one-line helper methods
//! Two rate limiters with an injected clock.

use std::collections::VecDeque;

const MILLI: u128 = 1000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u128,
    rate_per_sec: u128,
    tokens_milli: u128,
    last_refill_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_milli = capacity as u128 * MILLI;
        TokenBucket { capacity_milli, rate_per_sec: tokens_per_sec as u128, tokens_milli: capacity_milli, last_refill_ms: 0 }
    }

    fn get_capacity_milli(&self) -> u128 {
        self.capacity_milli
    }

    fn get_last_refill(&self) -> u64 {
        self.last_refill_ms
    }

    fn earned_since(&self, now_ms: u64) -> u128 {
        // tokens_per_sec tokens per second == tokens_per_sec milli-tokens per ms
        (now_ms - self.get_last_refill()) as u128 * self.rate_per_sec
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.get_last_refill() {
            return;
        }
        let earned = self.earned_since(now_ms);
        self.tokens_milli = self.tokens_milli.saturating_add(earned).min(self.get_capacity_milli());
        self.last_refill_ms = now_ms;
    }

    fn has_whole_token(&self) -> bool {
        self.tokens_milli >= MILLI
    }

    fn take_token(&mut self) {
        self.tokens_milli -= MILLI;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.has_whole_token() {
            self.take_token();
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.tokens_milli / MILLI) as u64
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

    fn get_limit(&self) -> usize {
        self.limit
    }

    fn get_window(&self) -> u64 {
        self.window_ms
    }

    fn get_oldest(&self) -> Option<u64> {
        self.accepted.front().copied()
    }

    fn is_expired(&self, t: u64, now_ms: u64) -> bool {
        now_ms.saturating_sub(t) >= self.get_window()
    }

    fn evict_expired(&mut self, now_ms: u64) {
        while let Some(oldest) = self.get_oldest() {
            if !self.is_expired(oldest, now_ms) {
                break;
            }
            self.accepted.pop_front();
        }
    }

    fn get_count(&self) -> usize {
        self.accepted.len()
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.evict_expired(now_ms);
        if self.get_count() < self.get_limit() {
            self.accepted.push_back(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.evict_expired(now_ms);
        self.get_count()
    }
}
