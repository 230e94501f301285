// learner: optimal
// idiom: awk/sed one-liner sysadmin: two plain counters like `tok` and `frac` (thousandths), carry with / and %, and a VecDeque log popped from the front like `while (t - q[h] >= w) h++`
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.
use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u64,
    rate: u64,
    tok: u64,
    frac: u64, // thousandths of a token, 0..1000
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { cap: capacity, rate: tokens_per_sec, tok: capacity, frac: 0, last: 0 }
    }

    fn fill(&mut self, now: u64) {
        if now <= self.last {
            return;
        }
        let got = (now - self.last) as u128 * self.rate as u128 + self.frac as u128;
        self.last = now;
        let whole = got / 1000;
        self.frac = (got % 1000) as u64;
        let room = (self.cap - self.tok) as u128;
        if whole >= room {
            self.tok = self.cap;
            self.frac = 0;
        } else {
            self.tok += whole as u64;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.fill(now_ms);
        if self.tok == 0 {
            return false;
        }
        self.tok -= 1;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.fill(now_ms);
        self.tok
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    n: usize,
    w: u64,
    q: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { n: limit, w: window_ms, q: VecDeque::with_capacity(limit) }
    }

    fn trim(&mut self, t: u64) {
        while let Some(&h) = self.q.front() {
            if t - h < self.w {
                break;
            }
            self.q.pop_front();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.trim(now_ms);
        if self.q.len() >= self.n {
            return false;
        }
        self.q.push_back(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.trim(now_ms);
        self.q.len()
    }
}
