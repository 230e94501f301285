// learner: optimal
// idiom: Chapel HPC programmer: fixed-point credit in milli-tokens held in u128 (no overflow), and the log as a preallocated ring buffer over domain {0..limit-1} with head index and count
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

const SCALE: u128 = 1000; // milli-tokens per token (rate is per 1000 ms)

#[derive(Debug, Clone)]
pub struct TokenBucket {
    maxCredit: u128,
    ratePerSec: u128,
    credit: u128,
    lastMs: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let maxCredit = capacity as u128 * SCALE;
        TokenBucket { maxCredit, ratePerSec: tokens_per_sec as u128, credit: maxCredit, lastMs: 0 }
    }

    fn refill(&mut self, nowMs: u64) {
        if nowMs <= self.lastMs {
            return;
        }
        let elapsed = (nowMs - self.lastMs) as u128;
        // elapsed ms * tokens/s = milli-tokens; both < 2^64 so the product fits in u128
        let gained = elapsed * self.ratePerSec;
        self.credit = self.credit.saturating_add(gained).min(self.maxCredit);
        self.lastMs = nowMs;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.credit >= SCALE {
            self.credit -= SCALE;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.credit / SCALE) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    ring: Vec<u64>,
    head: usize,
    count: usize,
    windowMs: u64,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { ring: vec![0; limit], head: 0, count: 0, windowMs: window_ms }
    }

    fn expire(&mut self, nowMs: u64) {
        let cap = self.ring.len();
        while self.count > 0 && nowMs - self.ring[self.head] >= self.windowMs {
            self.head = (self.head + 1) % cap;
            self.count -= 1;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        let cap = self.ring.len();
        if self.count == cap {
            return false;
        }
        let tail = (self.head + self.count) % cap;
        self.ring[tail] = now_ms;
        self.count += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.count
    }
}
