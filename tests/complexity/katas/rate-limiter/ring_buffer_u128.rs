// learner: optimal
// idiom: systems: u128 fixed-point bucket, hand-rolled ring buffer (Vec<u64> + head/count, wrap by compare not modulo), loop with explicit break
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u128,   // in 1/1000 token
    per_ms: u128, // 1/1000 token gained per ms
    level: u128,
    stamp: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = capacity as u128 * 1000;
        TokenBucket { cap, per_ms: tokens_per_sec as u128, level: cap, stamp: 0 }
    }

    #[inline]
    fn advance(&mut self, now: u64) {
        if now > self.stamp {
            let dt = (now - self.stamp) as u128;
            // u64 * u64 fits in u128, but adding the level on top may not
            let lvl = self.level.saturating_add(dt * self.per_ms);
            self.level = if lvl > self.cap { self.cap } else { lvl };
            self.stamp = now;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.advance(now_ms);
        if self.level < 1000 {
            return false;
        }
        self.level -= 1000;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.advance(now_ms);
        (self.level / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    slots: Vec<u64>,
    head: usize,
    count: usize,
    window: u64,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { slots: vec![0; limit], head: 0, count: 0, window: window_ms }
    }

    fn evict(&mut self, now: u64) {
        let cap = self.slots.len();
        loop {
            if self.count == 0 {
                break;
            }
            let t = self.slots[self.head];
            if now.saturating_sub(t) < self.window {
                break;
            }
            self.head += 1;
            if self.head == cap {
                self.head = 0;
            }
            self.count -= 1;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.evict(now_ms);
        let cap = self.slots.len();
        if self.count == cap {
            return false;
        }
        let mut tail = self.head + self.count;
        if tail >= cap {
            tail -= cap;
        }
        self.slots[tail] = now_ms;
        self.count += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.evict(now_ms);
        self.count
    }
}
