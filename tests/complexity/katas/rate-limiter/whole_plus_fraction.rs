// learner: optimal
// idiom: whole tokens and a sub-token remainder kept separately with carry; log as VecDeque drained by loop/match
use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    tokens_per_sec: u64,
    whole: u64,
    /// thousandths of a token not yet complete (always < 1000)
    partial: u64,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { capacity, tokens_per_sec, whole: capacity, partial: 0, last_ms: 0 }
    }

    fn catch_up(&mut self, now_ms: u64) {
        let elapsed = match now_ms.checked_sub(self.last_ms) {
            Some(e) if e > 0 => e,
            _ => return,
        };
        self.last_ms = now_ms;
        if self.whole >= self.capacity {
            self.partial = 0;
            return;
        }
        let earned = (elapsed as u128) * (self.tokens_per_sec as u128) + self.partial as u128;
        let new_whole = self.whole as u128 + earned / 1000;
        if new_whole >= self.capacity as u128 {
            self.whole = self.capacity;
            self.partial = 0;
        } else {
            self.whole = new_whole as u64;
            self.partial = (earned % 1000) as u64;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.catch_up(now_ms);
        if self.whole == 0 {
            return false;
        }
        self.whole -= 1;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.catch_up(now_ms);
        self.whole
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    accepted: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, accepted: VecDeque::new() }
    }

    fn still_counts(&self, t: u64, now_ms: u64) -> bool {
        now_ms - t < self.window_ms
    }

    fn forget_old(&mut self, now_ms: u64) {
        loop {
            match self.accepted.front() {
                Some(&t) if !self.still_counts(t, now_ms) => {
                    self.accepted.pop_front();
                }
                _ => break,
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget_old(now_ms);
        match self.accepted.len() < self.limit {
            true => {
                self.accepted.push_back(now_ms);
                true
            }
            false => false,
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget_old(now_ms);
        self.accepted.len()
    }
}
