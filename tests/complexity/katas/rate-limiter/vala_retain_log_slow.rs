// learner: slow
// idiom: vala: token bucket is fine; the sliding log is a Vec filtered with retain on every call (like g_list_foreach removing stale nodes)
// why: misses SlidingWindowLog::try_acquire/in_window O(1) amortised: retain walks the whole log each call, O(limit) per request
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
    stamps: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, stamps: Vec::new() }
    }

    fn purge(&mut self, now_ms: u64) {
        let window = self.window_ms;
        self.stamps.retain(|&t| now_ms - t < window);
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.purge(now_ms);
        if self.stamps.len() < self.limit {
            self.stamps.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.purge(now_ms);
        self.stamps.len()
    }
}
