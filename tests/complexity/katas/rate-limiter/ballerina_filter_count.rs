// learner: slow
// why: SlidingWindowLog::try_acquire is O(all accepted requests) time, target O(1) amortised: keeps every accepted timestamp and counts the ones still in the window with a filter query each call
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u128,
    rate: u128,
    tokens_milli: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_milli = capacity as u128 * 1000;
        TokenBucket { capacity_milli, rate: tokens_per_sec as u128, tokens_milli: capacity_milli, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms > self.last_ms {
            let earned = (now_ms - self.last_ms) as u128 * self.rate;
            self.tokens_milli = (self.tokens_milli + earned.min(self.capacity_milli)).min(self.capacity_milli);
            self.last_ms = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.tokens_milli >= 1000 {
            self.tokens_milli -= 1000;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.tokens_milli / 1000) as u64
    }
}

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

    fn count_recent(&self, now_ms: u64) -> usize {
        let window = self.window_ms;
        self.accepted.iter().filter(|&&t| now_ms - t < window).count()
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if self.count_recent(now_ms) < self.limit {
            self.accepted.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.count_recent(now_ms)
    }
}
