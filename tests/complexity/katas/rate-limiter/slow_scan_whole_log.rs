// learner: slow
// why: SlidingWindowLog::try_acquire is O(n) time, target O(1) amortised: counts the whole (never pruned) log on every request
//! Two rate limiters with an injected clock.

#[derive(Debug, Clone)]
pub struct TokenBucket { c: u128, r: u128, m: u128, t: u64 }

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let c = capacity as u128 * 1000;
        TokenBucket { c, r: tokens_per_sec as u128, m: c, t: 0 }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if now_ms > self.t { self.m = self.m.saturating_add((now_ms - self.t) as u128 * self.r).min(self.c); self.t = now_ms; }
        if self.m >= 1000 { self.m -= 1000; true } else { false }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        if now_ms > self.t { self.m = self.m.saturating_add((now_ms - self.t) as u128 * self.r).min(self.c); self.t = now_ms; }
        (self.m / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog { l: usize, w: u64, v: Vec<u64> }

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { l: limit, w: window_ms, v: Vec::new() }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let mut c = 0;
        for i in 0..self.v.len() { if now_ms - self.v[i] < self.w { c += 1; } }
        if c < self.l { self.v.push(now_ms); true } else { false }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        let mut c = 0;
        for i in 0..self.v.len() { if now_ms - self.v[i] < self.w { c += 1; } }
        c
    }
}
