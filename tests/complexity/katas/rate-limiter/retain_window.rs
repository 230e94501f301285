// learner: slow
// idiom: PHP Laravel developer: the log as a Vec of timestamps filtered on every call like Collection::filter(), then counted; token bucket as a float-free thousandths counter
// why: SlidingWindowLog::try_acquire and in_window are O(limit) per call (retain walks the whole log each time), O(n * limit) over a busy run, vs O(1) amortised
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u128,
    rate: u128,
    milli_tokens: u128,
    updated_at: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        Self {
            capacity: capacity as u128 * 1000,
            rate: tokens_per_sec as u128,
            milli_tokens: capacity as u128 * 1000,
            updated_at: 0,
        }
    }

    fn top_up(&mut self, now_ms: u64) {
        if now_ms > self.updated_at {
            let gained = (now_ms - self.updated_at) as u128 * self.rate;
            self.milli_tokens = (self.milli_tokens.saturating_add(gained)).min(self.capacity);
            self.updated_at = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.top_up(now_ms);
        if self.milli_tokens < 1000 {
            return false;
        }
        self.milli_tokens -= 1000;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.top_up(now_ms);
        (self.milli_tokens / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    timestamps: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { limit, window_ms, timestamps: Vec::new() }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let window = self.window_ms;
        self.timestamps.retain(|&t| now_ms - t < window);
        if self.timestamps.len() < self.limit {
            self.timestamps.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        let window = self.window_ms;
        self.timestamps.iter().filter(|&&t| now_ms - t < window).count()
    }
}
