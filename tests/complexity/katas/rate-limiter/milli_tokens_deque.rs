// learner: optimal
// idiom: Idris dependent-types fan: a MilliTokens newtype (u128 thousandths of a token) so fractions are exact and overflow impossible by width; the log is a VecDeque whose front is the oldest entry by the non-decreasing-time precondition
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

/// Thousandths of a token. `rate * ms` is exactly the credit earned in `ms` milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct MilliTokens(u128);

const ONE_TOKEN: MilliTokens = MilliTokens(1000);

#[derive(Debug, Clone)]
pub struct TokenBucket {
    max: MilliTokens,
    rate: u128,
    level: MilliTokens,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let max = MilliTokens(capacity as u128 * 1000);
        TokenBucket { max, rate: tokens_per_sec as u128, level: max, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.last_ms {
            return; // no time passed, or the clock went backwards
        }
        let earned = self.rate * (now_ms - self.last_ms) as u128;
        self.level = MilliTokens(self.level.0.saturating_add(earned)).min(self.max);
        self.last_ms = now_ms;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.level >= ONE_TOKEN {
            self.level = MilliTokens(self.level.0 - ONE_TOKEN.0);
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.level.0 / ONE_TOKEN.0) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    log: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, log: VecDeque::with_capacity(limit) }
    }

    /// Drops entries `t` with `now - t >= window`; precondition: `now >= every t`.
    fn expire(&mut self, now_ms: u64) {
        while let Some(&t) = self.log.front() {
            if now_ms - t >= self.window_ms {
                self.log.pop_front();
            } else {
                break;
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.log.len() < self.limit {
            self.log.push_back(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.log.len()
    }
}
