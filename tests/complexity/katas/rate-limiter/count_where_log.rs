// learner: slow
// idiom: Unity C# game developer: log is a List<ulong> that is only ever appended to, and the window is counted LINQ-style (Where(...).Count()) on every request; bucket uses whole tokens + remainder
// why: SlidingWindowLog::try_acquire and in_window are O(n) per call over every request ever accepted (count with a filter, nothing is removed) and the log grows without bound: O(n) time and O(n) space vs O(1) amortised / O(limit)
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    Capacity: u64,
    RatePerSec: u64,
    Tokens: u64,
    Remainder: u128,
    LastMs: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { Capacity: capacity, RatePerSec: tokens_per_sec, Tokens: capacity, Remainder: 0, LastMs: 0 }
    }

    fn Refill(&mut self, now_ms: u64) {
        if now_ms <= self.LastMs {
            return;
        }
        let earned = self.Remainder + (now_ms - self.LastMs) as u128 * self.RatePerSec as u128;
        self.LastMs = now_ms;
        let newTokens = self.Tokens as u128 + earned / 1000;
        if newTokens >= self.Capacity as u128 {
            self.Tokens = self.Capacity;
            self.Remainder = 0;
        } else {
            self.Tokens = newTokens as u64;
            self.Remainder = earned % 1000;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.Refill(now_ms);
        if self.Tokens > 0 {
            self.Tokens -= 1;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.Refill(now_ms);
        self.Tokens
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    Limit: usize,
    WindowMs: u64,
    Accepted: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { Limit: limit, WindowMs: window_ms, Accepted: Vec::new() }
    }

    fn CountInWindow(&self, now_ms: u64) -> usize {
        self.Accepted.iter().filter(|&&t| now_ms - t < self.WindowMs).count()
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if self.CountInWindow(now_ms) < self.Limit {
            self.Accepted.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.CountInWindow(now_ms)
    }
}
