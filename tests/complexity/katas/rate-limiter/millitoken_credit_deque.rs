// learner: optimal
// idiom: TypeScript/Node backend developer: fixed-point "credit" in thousandths of a token held in a u128 (like using BigInt to dodge float drift), refill() helper, VecDeque log pruned from the front
// why:
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

use std::collections::VecDeque;

/// One whole token, in credit units (1/1000 of a token, since rates are per 1000 ms).
const TOKEN: u128 = 1_000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    maxCredit: u128,
    tokensPerSec: u128,
    credit: u128,
    lastRefillMs: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let maxCredit = capacity as u128 * TOKEN;
        Self { maxCredit, tokensPerSec: tokens_per_sec as u128, credit: maxCredit, lastRefillMs: 0 }
    }

    fn refill(&mut self, nowMs: u64) {
        if nowMs <= self.lastRefillMs {
            return; // clock went backwards (or no time passed): earn nothing
        }
        let elapsed = (nowMs - self.lastRefillMs) as u128;
        self.credit = self.credit.saturating_add(elapsed * self.tokensPerSec).min(self.maxCredit);
        self.lastRefillMs = nowMs;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.credit < TOKEN {
            return false;
        }
        self.credit -= TOKEN;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.credit / TOKEN) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    windowMs: u64,
    accepted: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { limit, windowMs: window_ms, accepted: VecDeque::with_capacity(limit) }
    }

    fn evictExpired(&mut self, nowMs: u64) {
        while let Some(&oldest) = self.accepted.front() {
            if nowMs.saturating_sub(oldest) >= self.windowMs {
                self.accepted.pop_front();
            } else {
                break;
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.evictExpired(now_ms);
        if self.accepted.len() >= self.limit {
            return false;
        }
        self.accepted.push_back(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.evictExpired(now_ms);
        self.accepted.len()
    }
}
