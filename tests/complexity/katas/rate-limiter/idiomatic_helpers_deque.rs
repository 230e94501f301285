// learner: optimal
// idiom: idiomatic: private refill()/evict() helpers, while-let pop_front, bool::then for the accept, u128 milli-tokens with saturating_add
use std::collections::VecDeque;

const MILLI: u128 = 1000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    per_sec: u64,
    millis_of_tokens: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        Self { capacity, per_sec: tokens_per_sec, millis_of_tokens: capacity as u128 * MILLI, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms > self.last_ms {
            let gained = (now_ms - self.last_ms) as u128 * self.per_sec as u128;
            self.millis_of_tokens = self.millis_of_tokens.saturating_add(gained).min(self.capacity as u128 * MILLI);
            self.last_ms = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        let ok = self.millis_of_tokens >= MILLI;
        if ok {
            self.millis_of_tokens -= MILLI;
        }
        ok
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.millis_of_tokens / MILLI) as u64
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
        Self { limit, window_ms, log: VecDeque::new() }
    }

    fn evict(&mut self, now_ms: u64) {
        while let Some(&t) = self.log.front() {
            if now_ms - t < self.window_ms {
                break;
            }
            self.log.pop_front();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.evict(now_ms);
        (self.log.len() < self.limit)
            .then(|| self.log.push_back(now_ms))
            .is_some()
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.evict(now_ms);
        self.log.len()
    }
}
