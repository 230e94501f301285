// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised (and the log is never pruned, O(n) space): counts the window by walking back from the newest entry on every call
use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u128,
    rate: u128,
    milli: u128,
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = capacity as u128 * 1000;
        TokenBucket { cap, rate: tokens_per_sec as u128, milli: cap, last: 0 }
    }

    fn refill(&mut self, now: u64) {
        if now > self.last {
            let gained = (now - self.last) as u128 * self.rate;
            self.milli = self.milli.saturating_add(gained).min(self.cap);
            self.last = now;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        let ok = self.milli >= 1000;
        if ok {
            self.milli -= 1000;
        }
        ok
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
    log: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, log: VecDeque::new() }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if self.in_window(now_ms) < self.limit {
            self.log.push_back(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        let w = self.window_ms;
        self.log.iter().rev().take_while(|&&t| now_ms.saturating_sub(t) < w).count()
    }
}
