// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: Vec::drain(..k) of the expired prefix shifts every remaining entry down
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u128,
    rate: u128,
    tokens: u128,
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity = capacity as u128 * 1000;
        TokenBucket { capacity, rate: tokens_per_sec as u128, tokens: capacity, last: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms > self.last {
            self.tokens = self.tokens.saturating_add((now_ms - self.last) as u128 * self.rate).min(self.capacity);
            self.last = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.tokens >= 1000 {
            self.tokens -= 1000;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.tokens / 1000) as u64
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

    fn drop_expired(&mut self, now_ms: u64) {
        // the log is sorted, so binary search the first entry still in the window
        let window = self.window_ms;
        let expired = self.log.partition_point(|&t| now_ms - t >= window);
        self.log.drain(..expired);
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.drop_expired(now_ms);
        if self.log.len() < self.limit {
            self.log.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.drop_expired(now_ms);
        self.log.len()
    }
}
