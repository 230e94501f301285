// learner: optimal
// idiom: Smalltalk-style: milli-token bucket with refillAt:, wholeTokens, takeOne; log as VecDeque with forgetExpiredAt: and hasRoom helpers
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

use std::collections::VecDeque;

const MILLI: u64 = 1000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u64,
    rate: u64, // milli-tokens per ms == tokens per second
    milli: u64,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_milli = capacity.saturating_mul(MILLI);
        TokenBucket { capacity_milli, rate: tokens_per_sec, milli: capacity_milli, last_ms: 0 }
    }

    fn refill_at(&mut self, now_ms: u64) {
        if now_ms <= self.last_ms {
            return;
        }
        let earned = (now_ms - self.last_ms).saturating_mul(self.rate);
        self.milli = self.milli.saturating_add(earned).min(self.capacity_milli);
        self.last_ms = now_ms;
    }

    fn whole_tokens(&self) -> u64 {
        self.milli / MILLI
    }

    fn take_one(&mut self) -> bool {
        if self.milli < MILLI {
            return false;
        }
        self.milli -= MILLI;
        true
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill_at(now_ms);
        self.take_one()
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill_at(now_ms);
        self.whole_tokens()
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

    fn is_expired(&self, t: u64, now_ms: u64) -> bool {
        now_ms.saturating_sub(t) >= self.window_ms
    }

    fn forget_expired_at(&mut self, now_ms: u64) {
        while let Some(&t) = self.accepted.front() {
            if !self.is_expired(t, now_ms) {
                break;
            }
            self.accepted.pop_front();
        }
    }

    fn has_room(&self) -> bool {
        self.accepted.len() < self.limit
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget_expired_at(now_ms);
        if self.has_room() {
            self.accepted.push_back(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget_expired_at(now_ms);
        self.accepted.len()
    }
}
