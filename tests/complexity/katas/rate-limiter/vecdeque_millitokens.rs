// learner: optimal
// idiom: idiomatic: milli-token u64 with saturating math, VecDeque log with while-let front/pop_front, shared private expire()
use std::collections::VecDeque;

const MILLI: u64 = 1000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_mt: u64,
    rate: u64,
    tokens_mt: u64,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_mt = capacity.saturating_mul(MILLI);
        TokenBucket { capacity_mt, rate: tokens_per_sec, tokens_mt: capacity_mt, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.last_ms {
            return;
        }
        let earned = (now_ms - self.last_ms).saturating_mul(self.rate);
        self.tokens_mt = self.tokens_mt.saturating_add(earned).min(self.capacity_mt);
        self.last_ms = now_ms;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.tokens_mt >= MILLI {
            self.tokens_mt -= MILLI;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        self.tokens_mt / MILLI
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
            if now_ms.saturating_sub(t) >= self.window_ms {
                self.log.pop_front();
            } else {
                break;
            }
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
