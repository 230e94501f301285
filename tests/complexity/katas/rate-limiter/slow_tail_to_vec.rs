// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: binary-searches the expired prefix, then replaces the log with a fresh to_vec() copy of the live tail on every call
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u128,
    rate: u128,
    milli_tokens: u128,
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { capacity: capacity as u128 * 1000, rate: tokens_per_sec as u128, milli_tokens: capacity as u128 * 1000, last: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms > self.last {
            let earned = self.rate.saturating_mul((now_ms - self.last) as u128);
            self.milli_tokens = self.milli_tokens.saturating_add(earned).min(self.capacity);
            self.last = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.milli_tokens >= 1000 {
            self.milli_tokens -= 1000;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.milli_tokens / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    log: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, log: Vec::new() }
    }

    fn prune(&mut self, now_ms: u64) {
        let w = self.window_ms;
        let dead = self.log.partition_point(|&t| now_ms.saturating_sub(t) >= w);
        self.log = self.log[dead..].to_vec();
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.prune(now_ms);
        if self.log.len() < self.limit {
            self.log.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.prune(now_ms);
        self.log.len()
    }
}
