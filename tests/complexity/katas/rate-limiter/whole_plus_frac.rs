// learner: optimal
// idiom: u64 whole tokens + sub-token remainder with checked/saturating ops, VecDeque counted via loop
use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u64,
    rate: u64,
    whole: u64,
    rem: u64, // thousandths of a token, always < 1000
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { cap: capacity, rate: tokens_per_sec, whole: capacity, rem: 0, last: 0 }
    }

    fn tick(&mut self, now: u64) {
        let dt = match now.checked_sub(self.last) {
            Some(d) => d,
            None => return,
        };
        self.last = now;
        if self.whole >= self.cap {
            self.rem = 0;
            return;
        }
        let milli = (dt as u128) * (self.rate as u128) + self.rem as u128;
        let add = milli / 1000;
        let room = (self.cap - self.whole) as u128;
        if add >= room {
            self.whole = self.cap;
            self.rem = 0;
        } else {
            self.whole += add as u64;
            self.rem = (milli % 1000) as u64;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.tick(now_ms);
        if self.whole == 0 {
            false
        } else {
            self.whole -= 1;
            true
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.tick(now_ms);
        self.whole
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
        SlidingWindowLog { limit, window: window_ms, log: VecDeque::with_capacity(limit.min(1 << 16)) }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let n = self.in_window(now_ms);
        if n < self.limit {
            self.log.push_back(now_ms);
            return true;
        }
        false
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        loop {
            match self.log.front() {
                Some(&t) if now_ms.saturating_sub(t) >= self.window => {
                    self.log.pop_front();
                }
                _ => break,
            }
        }
        self.log.len()
    }
}
