// learner: slow
// idiom: Lua game modder: the log is a plain array of timestamps rebuilt by filtering on every call (like building a new table of the entries still alive), token bucket as whole + thousandths
// why: SlidingWindowLog::try_acquire and in_window are O(limit) per call (retain walks the whole log every time) vs the O(1) amortised target; the token bucket is O(1)
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u64,
    rate: u64,
    milli: u128, // tokens * 1000
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { cap: capacity, rate: tokens_per_sec, milli: capacity as u128 * 1000, last: 0 }
    }

    fn tick(&mut self, now: u64) {
        if now > self.last {
            let earned = (now - self.last) as u128 * self.rate as u128;
            self.milli = self.milli.saturating_add(earned);
            if self.milli > self.cap as u128 * 1000 {
                self.milli = self.cap as u128 * 1000;
            }
            self.last = now;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.tick(now_ms);
        if self.milli >= 1000 {
            self.milli = self.milli - 1000;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.tick(now_ms);
        (self.milli / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window: u64,
    log: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit: limit, window: window_ms, log: Vec::new() }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let w = self.window;
        self.log.retain(|&t| now_ms - t < w);
        if self.log.len() < self.limit {
            self.log.push(now_ms);
            return true;
        }
        false
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        let w = self.window;
        self.log.retain(|&t| now_ms - t < w);
        self.log.len()
    }
}
