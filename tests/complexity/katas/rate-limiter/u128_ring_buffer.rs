// learner: optimal
// idiom: u128 arithmetic instead of saturation; hand-rolled fixed-size ring buffer (Vec<u64> + head + len) for the log
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u128,
    per_sec: u128,
    level: u128, // in thousandths of a token
    at: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = capacity as u128 * 1000;
        Self { cap, per_sec: tokens_per_sec as u128, level: cap, at: 0 }
    }

    fn advance(&mut self, now_ms: u64) {
        if now_ms <= self.at {
            return;
        }
        let gained = (now_ms - self.at) as u128 * self.per_sec;
        let room = self.cap - self.level;
        self.level += std::cmp::min(room, gained);
        self.at = now_ms;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.advance(now_ms);
        let ok = self.level >= 1000;
        if ok {
            self.level -= 1000;
        }
        ok
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.advance(now_ms);
        (self.level / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    window: u64,
    slots: Vec<u64>, // exactly `limit` slots
    head: usize,     // oldest entry
    count: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { window: window_ms, slots: vec![0; limit], head: 0, count: 0 }
    }

    fn drop_expired(&mut self, now: u64) {
        while self.count > 0 {
            let oldest = self.slots[self.head];
            if (now as u128) < oldest as u128 + self.window as u128 {
                break;
            }
            self.head = (self.head + 1) % self.slots.len();
            self.count -= 1;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.drop_expired(now_ms);
        if self.count == self.slots.len() {
            return false;
        }
        let tail = (self.head + self.count) % self.slots.len();
        self.slots[tail] = now_ms;
        self.count += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.drop_expired(now_ms);
        self.count
    }
}
