// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: rebuilds the whole log with filter+collect on every request
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u64,
    rate: u64,
    millis: u64,
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let full = capacity.saturating_mul(1000);
        TokenBucket { cap: full, rate: tokens_per_sec, millis: full, last: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms > self.last {
            let add = (now_ms - self.last).saturating_mul(self.rate);
            self.millis = self.millis.saturating_add(add).min(self.cap);
            self.last = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.millis >= 1000 {
            self.millis -= 1000;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        self.millis / 1000
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
        let window = self.window_ms;
        self.log = self.log.iter().copied().filter(|&t| now_ms - t < window).collect();
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
