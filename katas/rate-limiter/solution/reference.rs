//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    tokens_per_sec: u64,
    /// Tokens in thousandths, so that refills are exact integers:
    /// `tokens_per_sec` tokens per second = `tokens_per_sec` milli-tokens per ms.
    milli_tokens: u64,
    last_ms: u64,
}

impl TokenBucket {
    /// A full bucket; its clock starts at 0 ms.
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket {
            capacity,
            tokens_per_sec,
            milli_tokens: capacity.saturating_mul(1000),
            last_ms: 0,
        }
    }

    /// Adds the tokens earned since the last call. A clock that went
    /// backwards earns nothing (and does not move `last_ms` back).
    fn refill(&mut self, now_ms: u64) {
        if now_ms > self.last_ms {
            let earned = (now_ms - self.last_ms).saturating_mul(self.tokens_per_sec);
            let full = self.capacity.saturating_mul(1000);
            self.milli_tokens = self.milli_tokens.saturating_add(earned).min(full);
            self.last_ms = now_ms;
        }
    }

    /// Takes one token if there is a whole one.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.milli_tokens >= 1000 {
            self.milli_tokens -= 1000;
            true
        } else {
            false
        }
    }

    /// Whole tokens available at `now_ms`.
    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        self.milli_tokens / 1000
    }
}

/// Allows at most `limit` requests in any window of `window_ms`
/// milliseconds: a request at time `t` counts against every request in
/// `[t, t + window_ms)`. Rejected requests are not counted.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    /// Times of the accepted requests still in the window, oldest first.
    log: VecDeque<u64>,
}

impl SlidingWindowLog {
    /// An empty log: at most `limit` requests per `window_ms`.
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, log: VecDeque::new() }
    }

    /// Drops the entries that have left the window. The log is sorted, so
    /// they are all at the front.
    fn trim(&mut self, now_ms: u64) {
        while let Some(&oldest) = self.log.front() {
            if now_ms.saturating_sub(oldest) >= self.window_ms {
                self.log.pop_front();
            } else {
                break;
            }
        }
    }

    /// Accepts and records the request if fewer than `limit` accepted
    /// requests are in the window. Calls must come with non-decreasing `now_ms`.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.trim(now_ms);
        if self.log.len() < self.limit {
            self.log.push_back(now_ms);
            true
        } else {
            false
        }
    }

    /// How many accepted requests are in the window at `now_ms`.
    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.trim(now_ms);
        self.log.len()
    }
}
