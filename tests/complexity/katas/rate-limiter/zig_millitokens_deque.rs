// learner: optimal
// idiom: u128 saturating milli-token arithmetic with explicit clamps, VecDeque log trimmed by a while-let loop in a private helper
use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap_milli: u128,
    rate: u128,
    milli: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap_milli = capacity as u128 * 1000;
        TokenBucket { cap_milli, rate: tokens_per_sec as u128, milli: cap_milli, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.last_ms {
            return;
        }
        let elapsed = (now_ms - self.last_ms) as u128;
        self.last_ms = now_ms;
        let mut m = self.milli.saturating_add(elapsed.saturating_mul(self.rate));
        if m > self.cap_milli {
            m = self.cap_milli;
        }
        self.milli = m;
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

    fn expire(&mut self, now_ms: u64) {
        while let Some(&t) = self.log.front() {
            if now_ms.saturating_sub(t) < self.window_ms {
                break;
            }
            self.log.pop_front();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.log.len() >= self.limit {
            return false;
        }
        self.log.push_back(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.log.len()
    }
}
