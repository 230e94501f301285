// learner: optimal
// idiom: Janet: state as a couple of numbers kept in a struct like a table of :tokens/:last; the log is a queue popped from the front like (array/remove arr 0) but on a VecDeque
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    // everything in thousandths of a token, u128 so capacity * 1000 can't overflow
    milli: u128,
    cap_milli: u128,
    rate: u128, // milli-tokens per ms == tokens per second
    last: u64,
}

impl TokenBucket {
    /// A full bucket; its clock starts at 0 ms.
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap_milli = capacity as u128 * 1000;
        TokenBucket { milli: cap_milli, cap_milli, rate: tokens_per_sec as u128, last: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.last {
            return; // time went backwards (or stood still): nothing earned
        }
        let dt = (now_ms - self.last) as u128;
        let earned = dt.saturating_mul(self.rate);
        self.milli = self.milli.saturating_add(earned).min(self.cap_milli);
        self.last = now_ms;
    }

    /// Takes one token if there is a whole one.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.milli >= 1000 {
            self.milli -= 1000;
            true
        } else {
            false
        }
    }

    /// Whole tokens available at `now_ms`.
    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.milli / 1000) as u64
    }
}

/// Allows at most `limit` requests in any window of `window_ms`
/// milliseconds: a request at time `t` counts against every request in
/// `[t, t + window_ms)`. Rejected requests are not counted.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window: u64,
    log: VecDeque<u64>,
}

impl SlidingWindowLog {
    /// An empty log: at most `limit` requests per `window_ms`.
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window: window_ms, log: VecDeque::new() }
    }

    fn expire(&mut self, now: u64) {
        while let Some(&t) = self.log.front() {
            if now.saturating_sub(t) >= self.window {
                self.log.pop_front();
            } else {
                break;
            }
        }
    }

    /// Accepts and records the request if fewer than `limit` accepted
    /// requests are in the window. Calls must come with non-decreasing `now_ms`.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.log.len() < self.limit {
            self.log.push_back(now_ms);
            true
        } else {
            false
        }
    }

    /// How many accepted requests are in the window at `now_ms`.
    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.log.len()
    }
}
