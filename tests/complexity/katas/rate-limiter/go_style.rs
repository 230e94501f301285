// learner: optimal
// idiom: Go-style: bucket in u128 milli-tokens refilled by a free helper with many params; log is a VecDeque expired by a helper with early-exit loop
//! Rate limiting: a token bucket and a sliding window log.
use std::collections::VecDeque;

const MILLI: u128 = 1000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    milli_tokens: u128,
    cap_milli: u128,
    rate: u128,
    last_ms: u64,
}

fn refill(level: u128, cap: u128, rate: u128, last: u64, now: u64) -> u128 {
    if now <= last {
        return level;
    }
    let gained = (now - last) as u128 * rate;
    let total = level.saturating_add(gained);
    if total > cap {
        return cap;
    }
    total
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = capacity as u128 * MILLI;
        TokenBucket { milli_tokens: cap, cap_milli: cap, rate: tokens_per_sec as u128, last_ms: 0 }
    }

    fn advance(&mut self, now_ms: u64) {
        self.milli_tokens = refill(self.milli_tokens, self.cap_milli, self.rate, self.last_ms, now_ms);
        if now_ms > self.last_ms {
            self.last_ms = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.advance(now_ms);
        if self.milli_tokens < MILLI {
            return false;
        }
        self.milli_tokens -= MILLI;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.advance(now_ms);
        (self.milli_tokens / MILLI) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    log: VecDeque<u64>,
}

fn expire(log: &mut VecDeque<u64>, window_ms: u64, now_ms: u64) {
    loop {
        let front = match log.front() {
            Some(&t) => t,
            None => return,
        };
        match front.checked_add(window_ms) {
            Some(end) if end <= now_ms => {
                log.pop_front();
            }
            _ => return,
        }
    }
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, log: VecDeque::new() }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        expire(&mut self.log, self.window_ms, now_ms);
        if self.log.len() >= self.limit {
            return false;
        }
        self.log.push_back(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        expire(&mut self.log, self.window_ms, now_ms);
        self.log.len()
    }
}
