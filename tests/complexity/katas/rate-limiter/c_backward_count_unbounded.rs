// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: recounts the window by walking back from the newest entry on every call (log never trimmed)
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u128,
    rate: u128,
    milli: u128,
    t0: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { cap: capacity as u128 * 1000, rate: tokens_per_sec as u128, milli: capacity as u128 * 1000, t0: 0 }
    }

    fn refill(&mut self, now: u64) {
        if now > self.t0 {
            let add = ((now - self.t0) as u128).saturating_mul(self.rate);
            self.milli = self.milli.saturating_add(add);
            if self.milli > self.cap {
                self.milli = self.cap;
            }
            self.t0 = now;
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
        let w = self.milli / 1000;
        if w > u64::MAX as u128 { u64::MAX } else { w as u64 }
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    win: u64,
    log: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, win: window_ms, log: Vec::new() }
    }

    /// entries are in time order: count from the newest back while still inside the window
    fn count(&self, now: u64) -> usize {
        let mut c = 0;
        let mut i = self.log.len();
        while i > 0 {
            let t = self.log[i - 1];
            if now.saturating_sub(t) >= self.win {
                break;
            }
            c += 1;
            i -= 1;
        }
        c
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if self.count(now_ms) >= self.limit {
            return false;
        }
        self.log.push(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.count(now_ms)
    }
}
