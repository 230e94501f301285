// learner: optimal
// idiom: embedded C style: bucket as whole tokens + sub-token remainder with carry in u128; log is a Vec with a head cursor, compacted with drain(..head) only once head passes half the Vec (amortised O(1))
//! Rate limiting: a token bucket and a sliding window log.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    whole: u64,
    frac: u64, // in 1/1000 of a token, always < 1000
    capacity: u64,
    per_sec: u64,
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { whole: capacity, frac: 0, capacity, per_sec: tokens_per_sec, last: 0 }
    }

    fn tick(&mut self, now: u64) {
        if now <= self.last {
            return;
        }
        let dt = (now - self.last) as u128;
        self.last = now;
        if self.whole >= self.capacity {
            self.frac = 0;
            return;
        }
        let milli: u128 = dt * self.per_sec as u128 + self.frac as u128;
        let add: u128 = milli / 1000;
        let room: u128 = (self.capacity - self.whole) as u128;
        if add >= room {
            self.whole = self.capacity;
            self.frac = 0;
        } else {
            self.whole += add as u64;
            self.frac = (milli % 1000) as u64;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.tick(now_ms);
        if self.whole == 0 {
            return false;
        }
        self.whole -= 1;
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
    stamps: Vec<u64>,
    head: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window: window_ms, stamps: Vec::new(), head: 0 }
    }

    fn expire(&mut self, now: u64) {
        while self.head < self.stamps.len() {
            let t = self.stamps[self.head];
            if now - t.min(now) < self.window {
                break;
            }
            self.head += 1;
        }
        if self.head > 0 && self.head * 2 >= self.stamps.len() {
            self.stamps.drain(..self.head);
            self.head = 0;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.stamps.len() - self.head >= self.limit {
            return false;
        }
        self.stamps.push(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.stamps.len() - self.head
    }
}
