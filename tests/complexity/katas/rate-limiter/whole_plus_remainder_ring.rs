// learner: optimal
// idiom: Lua game modder: tokens kept as a whole count plus a leftover "part" (ms*rate modulo 1000, like a frame-time accumulator), the log is a fixed-size ring buffer array with head/count indices
// why:
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u64,
    rate: u64,
    whole: u64,
    part: u64, // thousandths of a token, always < 1000
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { cap: capacity, rate: tokens_per_sec, whole: capacity, part: 0, last: 0 }
    }

    fn tick(&mut self, now: u64) {
        if now <= self.last {
            return;
        }
        let dt = now - self.last;
        self.last = now;
        if self.whole >= self.cap {
            self.part = 0;
            return;
        }
        // earned thousandths of a token, can be huge so use u128
        let earned = dt as u128 * self.rate as u128 + self.part as u128;
        let new_whole = earned / 1000;
        let room = (self.cap - self.whole) as u128;
        if new_whole >= room {
            self.whole = self.cap;
            self.part = 0;
        } else {
            self.whole = self.whole + new_whole as u64;
            self.part = (earned % 1000) as u64;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.tick(now_ms);
        if self.whole == 0 {
            return false;
        }
        self.whole = self.whole - 1;
        true
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
    ring: Vec<u64>,
    head: usize,
    count: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit: limit, window: window_ms, ring: vec![0; limit], head: 0, count: 0 }
    }

    fn expire(&mut self, now: u64) {
        while self.count > 0 && now - self.ring[self.head] >= self.window {
            self.head = self.head + 1;
            if self.head == self.limit {
                self.head = 0;
            }
            self.count = self.count - 1;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.count >= self.limit {
            return false;
        }
        let mut tail = self.head + self.count;
        if tail >= self.limit {
            tail = tail - self.limit;
        }
        self.ring[tail] = now_ms;
        self.count = self.count + 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.count
    }
}
