// learner: optimal
// idiom: hand-rolled ring buffer of `limit` slots with head/len indices; expiry advances head, each slot freed once, O(limit) space
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u128,
    rate: u128,
    milli: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_milli = capacity as u128 * 1000;
        TokenBucket { capacity_milli, rate: tokens_per_sec as u128, milli: capacity_milli, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms > self.last_ms {
            let earned = ((now_ms - self.last_ms) as u128).saturating_mul(self.rate);
            self.milli = self.milli.saturating_add(earned).min(self.capacity_milli);
            self.last_ms = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.milli >= 1000 {
            self.milli -= 1000;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.milli / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    window_ms: u64,
    slots: Vec<u64>,
    head: usize,
    len: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { window_ms, slots: vec![0; limit], head: 0, len: 0 }
    }

    fn expire(&mut self, now_ms: u64) {
        while self.len > 0 && now_ms - self.slots[self.head] >= self.window_ms {
            self.head = (self.head + 1) % self.slots.len();
            self.len -= 1;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        let cap = self.slots.len();
        if self.len == cap {
            return false;
        }
        let tail = (self.head + self.len) % cap;
        self.slots[tail] = now_ms;
        self.len += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.len
    }
}
