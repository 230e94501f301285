// learner: optimal
// idiom: Idris-style: MilliTokens(u128) newtype so overflow is impossible by construction, VecDeque log popped from the front, invariants as comments
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

/// Thousandths of a token. u128: (2^64 - 1) tokens * 1000 and
/// (2^64 - 1) ms * (2^64 - 1) per ms both fit, so nothing here can overflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct MilliTokens(u128);

const ONE_TOKEN: MilliTokens = MilliTokens(1000);

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: MilliTokens,
    per_ms: MilliTokens, // tokens_per_sec tokens/s == tokens_per_sec milli-tokens/ms
    level: MilliTokens,  // invariant: level <= capacity
    last_ms: u64,        // invariant: never decreases
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = MilliTokens(capacity as u128 * 1000);
        TokenBucket { capacity: cap, per_ms: MilliTokens(tokens_per_sec as u128), level: cap, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        match now_ms.checked_sub(self.last_ms) {
            None => {} // the clock went backwards: earn nothing, keep last_ms
            Some(elapsed) => {
                let earned = (elapsed as u128).saturating_mul(self.per_ms.0);
                self.level = MilliTokens(self.level.0.saturating_add(earned)).min(self.capacity);
                self.last_ms = now_ms;
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        match self.level >= ONE_TOKEN {
            true => {
                self.level = MilliTokens(self.level.0 - ONE_TOKEN.0);
                true
            }
            false => false,
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.level.0 / ONE_TOKEN.0) as u64 // <= capacity, which came from a u64
    }
}

/// Allows at most `limit` requests in any window of `window_ms`
/// milliseconds: a request at time `t` counts against every request in
/// `[t, t + window_ms)`. Rejected requests are not counted.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    // Invariant: sorted ascending, len <= limit.
    accepted: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, accepted: VecDeque::new() }
    }

    /// Sorted log => the expired entries form a prefix.
    fn expire(&mut self, now_ms: u64) {
        while let Some(&t) = self.accepted.front() {
            if now_ms - t >= self.window_ms {
                self.accepted.pop_front();
            } else {
                break;
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.accepted.len() < self.limit {
            self.accepted.push_back(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.accepted.len()
    }
}
