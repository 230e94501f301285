// learner: optimal
// idiom: Unity C# game developer: whole tokens plus a remainder counter (like accumulating Time.deltaTime into a fixed-step timer), and a fixed-size circular array for the log allocated once in the constructor (no GC churn)
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    rate_per_sec: u64,
    tokens: u64,
    /// Fraction of the next token, in units of 1/1000 token (always < 1000).
    accumulator: u128,
    last_refill_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        Self { capacity, rate_per_sec: tokens_per_sec, tokens: capacity, accumulator: 0, last_refill_ms: 0 }
    }

    fn tick(&mut self, now_ms: u64) {
        if now_ms <= self.last_refill_ms {
            return;
        }
        let delta_ms = u128::from(now_ms - self.last_refill_ms);
        self.last_refill_ms = now_ms;
        if self.tokens == self.capacity {
            self.accumulator = 0; // a full bucket cannot bank a fraction
            return;
        }
        let earned = self.accumulator + delta_ms * u128::from(self.rate_per_sec);
        let whole = earned / 1000;
        let room = u128::from(self.capacity - self.tokens);
        if whole >= room {
            self.tokens = self.capacity;
            self.accumulator = 0;
        } else {
            self.tokens += whole as u64;
            self.accumulator = earned % 1000;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.tick(now_ms);
        if self.tokens == 0 {
            return false;
        }
        self.tokens -= 1;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.tick(now_ms);
        self.tokens
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    window_ms: u64,
    slots: Vec<u64>,
    head: usize,
    count: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { window_ms, slots: vec![0; limit], head: 0, count: 0 }
    }

    fn expire(&mut self, now_ms: u64) {
        while self.count > 0 && now_ms - self.slots[self.head] >= self.window_ms {
            self.head = (self.head + 1) % self.slots.len();
            self.count -= 1;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        let capacity = self.slots.len();
        if self.count == capacity {
            return false;
        }
        let tail = (self.head + self.count) % capacity;
        self.slots[tail] = now_ms;
        self.count += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.count
    }
}
