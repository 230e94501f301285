// learner: optimal
// idiom: saturating u64 math with tuple state, expired prefix counted by take_while and dropped with drain(..k)
use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    settings: (u64, u64),
    state: (u64, u64),
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap_milli = capacity.saturating_mul(1000);
        TokenBucket { settings: (cap_milli, tokens_per_sec), state: (cap_milli, 0) }
    }

    fn refilled(&self, now_ms: u64) -> (u64, u64) {
        match (self.state, self.settings) {
            ((milli, last), (cap, rate)) if now_ms > last => {
                let earned = (now_ms - last).saturating_mul(rate);
                (milli.saturating_add(earned).min(cap), now_ms)
            }
            (state, _) => state,
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let (milli, last) = self.refilled(now_ms);
        let (next, ok) = match milli.checked_sub(1000) {
            Some(rest) => (rest, true),
            None => (milli, false),
        };
        self.state = (next, last);
        ok
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.state = self.refilled(now_ms);
        self.state.0 / 1000
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
        Self { limit, window_ms, accepted: VecDeque::new() }
    }

    fn forget_expired(&mut self, now_ms: u64) {
        let window = self.window_ms;
        let expired = self
            .accepted
            .iter()
            .take_while(|&&t| now_ms - t >= window)
            .count();
        self.accepted.drain(..expired);
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget_expired(now_ms);
        match self.accepted.len() < self.limit {
            true => {
                self.accepted.push_back(now_ms);
                true
            }
            false => false,
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget_expired(now_ms);
        self.accepted.len()
    }
}
