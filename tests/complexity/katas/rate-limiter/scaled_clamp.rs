// learner: optimal
// idiom: Unity C# game developer: Mathf.Clamp-style refill over "token-milliseconds" (tokens scaled by 1000 in u128, checked_sub on the clock), log as VecDeque where try_acquire reuses in_window
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

const SCALE: u128 = 1_000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    max_scaled: u128,
    refill_per_ms: u128,
    scaled: u128,
    clock_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let max_scaled = u128::from(capacity) * SCALE;
        Self { max_scaled, refill_per_ms: u128::from(tokens_per_sec), scaled: max_scaled, clock_ms: 0 }
    }

    fn advance(&mut self, now_ms: u64) {
        if let Some(dt) = now_ms.checked_sub(self.clock_ms).filter(|&dt| dt > 0) {
            let gained = u128::from(dt).saturating_mul(self.refill_per_ms);
            self.scaled = self.scaled.saturating_add(gained).clamp(0, self.max_scaled);
            self.clock_ms = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.advance(now_ms);
        match self.scaled.checked_sub(SCALE) {
            Some(rest) => {
                self.scaled = rest;
                true
            }
            None => false,
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.advance(now_ms);
        u64::try_from(self.scaled / SCALE).unwrap_or(u64::MAX)
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
        Self { limit, window_ms, accepted: VecDeque::with_capacity(limit) }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let allowed = self.in_window(now_ms) < self.limit;
        if allowed {
            self.accepted.push_back(now_ms);
        }
        allowed
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        let window = self.window_ms;
        while self.accepted.front().is_some_and(|&t| now_ms - t >= window) {
            self.accepted.pop_front();
        }
        self.accepted.len()
    }
}
