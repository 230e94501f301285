// learner: optimal
// idiom: hand-rolled ring buffer (Vec<u64> + head/len, grown on demand up to limit), integer tokens + remainder milli-tokens
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    rate: u64,
    tokens: u64,
    frac: u64, // thousandths of a token, always < 1000
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { capacity, rate: tokens_per_sec, tokens: capacity, frac: 0, last: 0 }
    }

    fn refill(&mut self, now: u64) {
        if now <= self.last {
            return;
        }
        let dt = now - self.last;
        self.last = now;
        if self.tokens >= self.capacity {
            self.frac = 0;
            return;
        }
        // earned milli-tokens = dt * rate, done in u128 so nothing overflows
        let earned: u128 = dt as u128 * self.rate as u128 + self.frac as u128;
        let whole = earned / 1000;
        let room = (self.capacity - self.tokens) as u128;
        if whole >= room {
            self.tokens = self.capacity;
            self.frac = 0;
        } else {
            self.tokens += whole as u64;
            self.frac = (earned % 1000) as u64;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.tokens == 0 {
            return false;
        }
        self.tokens -= 1;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        self.tokens
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    ring: Vec<u64>,
    head: usize,
    len: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, ring: Vec::new(), head: 0, len: 0 }
    }

    fn trim(&mut self, now: u64) {
        while self.len > 0 {
            let oldest = self.ring[self.head];
            if now - oldest < self.window_ms {
                break;
            }
            self.head += 1;
            if self.head == self.ring.len() {
                self.head = 0;
            }
            self.len -= 1;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.trim(now_ms);
        if self.len >= self.limit {
            return false;
        }
        if self.ring.len() < self.limit && self.head + self.len == self.ring.len() {
            // still filling the backing store for the first time, append in place
            self.ring.push(now_ms);
        } else {
            let cap = self.ring.len();
            let mut slot = self.head + self.len;
            if slot >= cap {
                slot -= cap;
            }
            self.ring[slot] = now_ms;
        }
        self.len += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.trim(now_ms);
        self.len
    }
}
