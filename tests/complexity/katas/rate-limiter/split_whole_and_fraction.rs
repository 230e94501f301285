// learner: optimal
// idiom: whole tokens and a sub-token remainder kept in separate fields, checked arithmetic with match, VecDeque log via helper
use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    per_sec: u64,
    whole: u64,
    // thousandths of a token, always < 1000
    frac: u64,
    clock: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        Self { capacity, per_sec: tokens_per_sec, whole: capacity, frac: 0, clock: 0 }
    }

    fn advance(&mut self, now_ms: u64) {
        let dt = match now_ms.checked_sub(self.clock) {
            Some(0) | None => return,
            Some(d) => d,
        };
        self.clock = now_ms;
        if self.whole >= self.capacity {
            self.frac = 0;
            return;
        }
        // milli-tokens earned in dt ms, in 128 bits so nothing overflows
        let milli = dt as u128 * self.per_sec as u128 + self.frac as u128;
        let gained = milli / 1000;
        let room = (self.capacity - self.whole) as u128;
        match gained >= room {
            true => {
                self.whole = self.capacity;
                self.frac = 0;
            }
            false => {
                self.whole += gained as u64;
                self.frac = (milli % 1000) as u64;
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.advance(now_ms);
        match self.whole {
            0 => false,
            _ => {
                self.whole -= 1;
                true
            }
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.advance(now_ms);
        self.whole
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    times: VecDeque<u64>,
}

fn still_inside(t: u64, now: u64, window: u64) -> bool {
    now - t < window
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { limit, window_ms, times: VecDeque::with_capacity(limit.min(1 << 16)) }
    }

    fn trim(&mut self, now_ms: u64) {
        loop {
            match self.times.front() {
                Some(&t) if !still_inside(t, now_ms, self.window_ms) => {
                    self.times.pop_front();
                }
                _ => break,
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.trim(now_ms);
        let room = self.times.len() < self.limit;
        if room {
            self.times.push_back(now_ms);
        }
        room
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.trim(now_ms);
        self.times.len()
    }
}
