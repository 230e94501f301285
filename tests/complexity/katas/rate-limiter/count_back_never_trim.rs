// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: it never drops old entries and counts the window by walking back from the newest with take_while
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

fn min_u128(a: u128, b: u128) -> u128 {
    if a < b {
        a
    } else {
        b
    }
}

fn has_expired(entry: u64, now: u64, window: u64) -> bool {
    now - entry >= window
}

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    max_millis: u128,
    millis_per_ms: u128,
    millis: u128,
    last_refill: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let max_millis = (capacity as u128) * 1000;
        TokenBucket {
            max_millis,
            millis_per_ms: tokens_per_sec as u128,
            millis: max_millis,
            last_refill: 0,
        }
    }

    fn catch_up(&mut self, now_ms: u64) {
        if now_ms > self.last_refill {
            let elapsed = (now_ms - self.last_refill) as u128;
            let gained = elapsed * self.millis_per_ms;
            let room = self.max_millis - self.millis;
            if gained >= room {
                self.millis = self.max_millis;
            } else {
                self.millis = min_u128(self.millis + gained, self.max_millis);
            }
            self.last_refill = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.catch_up(now_ms);
        if self.millis >= 1000 {
            self.millis -= 1000;
            return true;
        }
        false
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.catch_up(now_ms);
        let whole = self.millis / 1000;
        whole as u64
    }
}

/// Allows at most `limit` requests in any window of `window_ms`
/// milliseconds: a request at time `t` counts against every request in
/// `[t, t + window_ms)`. Rejected requests are not counted.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    times: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, times: Vec::new() }
    }

    fn count(&self, now_ms: u64) -> usize {
        let mut n = 0;
        for &t in self.times.iter().rev() {
            if has_expired(t, now_ms, self.window_ms) {
                break;
            }
            n += 1;
        }
        n
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if self.count(now_ms) < self.limit {
            self.times.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.count(now_ms)
    }
}
