// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: keeps every accepted timestamp and counts the in-window tail on each request
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u128,
    rate: u128,
    milli: u128,
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity = capacity as u128 * 1000;
        TokenBucket { capacity, rate: tokens_per_sec as u128, milli: capacity, last: 0 }
    }

    fn refill(&mut self, now: u64) {
        if now > self.last {
            self.milli = self.milli.saturating_add((now - self.last) as u128 * self.rate).min(self.capacity);
            self.last = now;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.milli < 1000 {
            return false;
        }
        self.milli -= 1000;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.milli / 1000) as u64
    }
}

/// Allows at most `limit` requests in any window of `window_ms` milliseconds.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    accepted: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, accepted: Vec::new() }
    }

    fn count(&self, now_ms: u64) -> usize {
        // newest entries are at the back: count until one is too old
        self.accepted.iter().rev().take_while(|&&t| now_ms - t < self.window_ms).count()
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if self.count(now_ms) < self.limit {
            self.accepted.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.count(now_ms)
    }
}
