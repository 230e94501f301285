// learner: optimal
// idiom: terse grinder, u128 milli-tokens, VecDeque with while-let pop_front
use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u128,
    r: u128,
    t: u128,
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = capacity as u128 * 1000;
        TokenBucket { cap, r: tokens_per_sec as u128, t: cap, last: 0 }
    }

    fn fill(&mut self, now: u64) {
        if now <= self.last {
            return;
        }
        let d = (now - self.last) as u128;
        self.t = self.t.saturating_add(d * self.r).min(self.cap);
        self.last = now;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.fill(now_ms);
        if self.t < 1000 {
            return false;
        }
        self.t -= 1000;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.fill(now_ms);
        (self.t / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    lim: usize,
    w: u64,
    q: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { lim: limit, w: window_ms, q: VecDeque::new() }
    }

    fn evict(&mut self, now: u64) {
        while let Some(&t) = self.q.front() {
            if now.saturating_sub(t) < self.w {
                break;
            }
            self.q.pop_front();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.evict(now_ms);
        if self.q.len() >= self.lim {
            return false;
        }
        self.q.push_back(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.evict(now_ms);
        self.q.len()
    }
}
