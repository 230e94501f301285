// learner: slow
// idiom: REXX: rebuild the log stem on every call keeping only live entries (like re-reading the whole dataset and writing back what passes the filter)
// why: retain walks the whole log on every request: O(limit) per try_acquire/in_window, O(n * limit) for a busy client where O(1) amortised is asked

/// MILLI-TOKENS: 1 token = 1000 units, so tokens_per_sec is exactly "units per ms".
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u128,
    rate_per_sec: u64,
    tokens_milli: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_milli = capacity as u128 * 1000;
        TokenBucket { capacity_milli, rate_per_sec: tokens_per_sec, tokens_milli: capacity_milli, last_ms: 0 }
    }

    /// REFILL: add what was earned since LAST_MS; a clock going backwards earns nothing
    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.last_ms {
            return;
        }
        let elapsed_ms = (now_ms - self.last_ms) as u128;
        let earned_milli = elapsed_ms.saturating_mul(self.rate_per_sec as u128);
        self.tokens_milli = self.tokens_milli.saturating_add(earned_milli).min(self.capacity_milli);
        self.last_ms = now_ms;
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
    log_stem: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, log_stem: Vec::new() }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let window_ms = self.window_ms;
        self.log_stem.retain(|&t| now_ms.saturating_sub(t) < window_ms);
        if self.log_stem.len() < self.limit {
            self.log_stem.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        let window_ms = self.window_ms;
        self.log_stem.retain(|&t| now_ms.saturating_sub(t) < window_ms);
        self.log_stem.len()
    }
}
