// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: every call rebuilds the log as include(InWindow, Log, Kept)
use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u128,
    rate: u128,
    level: u128,
    at: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = u128::from(capacity) * 1000;
        TokenBucket { cap, rate: u128::from(tokens_per_sec), level: cap, at: 0 }
    }

    fn advance(&mut self, now: u64) {
        if let Some(dt @ 1..) = now.checked_sub(self.at) {
            self.level = self.level.saturating_add(u128::from(dt).saturating_mul(self.rate)).min(self.cap);
            self.at = now;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.advance(now_ms);
        match self.level {
            l if l >= 1000 => {
                self.level = l - 1000;
                true
            }
            _ => false,
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.advance(now_ms);
        u64::try_from(self.level / 1000).unwrap_or(u64::MAX)
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window: u64,
    log: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window: window_ms, log: VecDeque::new() }
    }

    /// include(InWindow, Log, Kept)
    fn kept(&self, now: u64) -> VecDeque<u64> {
        self.log.iter().copied().filter(|&t| now.saturating_sub(t) < self.window).collect()
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.log = self.kept(now_ms);
        match self.log.len() < self.limit {
            true => {
                self.log.push_back(now_ms);
                true
            }
            false => false,
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.log = self.kept(now_ms);
        self.log.len()
    }
}
