// learner: optimal
// idiom: VecDeque log expired with `remove(0)` in a while-let: VecDeque::remove(0) is O(1) (it is pop_front), each entry removed once
use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u128,
    rate: u128,
    milli: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_milli = capacity as u128 * 1000;
        TokenBucket { capacity_milli, rate: tokens_per_sec as u128, milli: capacity_milli, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms > self.last_ms {
            let earned = ((now_ms - self.last_ms) as u128).saturating_mul(self.rate);
            self.milli = self.milli.saturating_add(earned).min(self.capacity_milli);
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
    log: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, log: VecDeque::new() }
    }

    fn expire(&mut self, now_ms: u64) {
        while let Some(&t) = self.log.front() {
            if now_ms - t < self.window_ms {
                break;
            }
            self.log.remove(0);
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.log.len() < self.limit {
            self.log.push_back(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.log.len()
    }
}
