// learner: slow
// idiom: vala: never delete from the log; count the requests in the window by walking back from the newest entry
// why: misses SlidingWindowLog::try_acquire/in_window O(1) amortised (each call walks up to limit entries, O(limit)) and the O(limit) log space (the Vec keeps every accepted request)
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    rate: u64,
    milli: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { capacity, rate: tokens_per_sec, milli: capacity as u128 * 1000, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms > self.last_ms {
            let earned = (now_ms - self.last_ms) as u128 * self.rate as u128;
            self.milli = self.milli.saturating_add(earned).min(self.capacity as u128 * 1000);
            self.last_ms = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.milli >= 1000 {
            self.milli -= 1000;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.milli / 1000) as u64
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
        let mut n = 0;
        let mut i = self.accepted.len();
        while i > 0 {
            i -= 1;
            if now_ms - self.accepted[i] >= self.window_ms {
                break;
            }
            n += 1;
        }
        n
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
