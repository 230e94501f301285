// learner: optimal
// idiom: assembly-style: u128 milli-token accumulator, hand-rolled fixed ring buffer (Vec<u64> of size limit, head + count registers, wraparound by compare-and-reset)
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    top: u128,
    per_ms: u128,
    acc: u128,
    t0: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let top = capacity as u128 * 1000;
        TokenBucket { top, per_ms: tokens_per_sec as u128, acc: top, t0: 0 }
    }

    fn tick(&mut self, now: u64) {
        if now > self.t0 {
            let gain = (now - self.t0) as u128 * self.per_ms; // < 2^128
            self.acc = self.acc.saturating_add(gain);
            if self.acc > self.top {
                self.acc = self.top;
            }
            self.t0 = now;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.tick(now_ms);
        if self.acc >= 1000 {
            self.acc -= 1000;
            return true;
        }
        false
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.tick(now_ms);
        (self.acc / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    ring: Vec<u64>,
    head: usize,
    cnt: usize,
    win: u64,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { ring: vec![0; limit], head: 0, cnt: 0, win: window_ms }
    }

    fn drop_old(&mut self, now: u64) {
        loop {
            if self.cnt == 0 {
                break;
            }
            if now - self.ring[self.head] < self.win {
                break;
            }
            self.head += 1;
            if self.head == self.ring.len() {
                self.head = 0;
            }
            self.cnt -= 1;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.drop_old(now_ms);
        let cap = self.ring.len();
        if self.cnt == cap {
            return false;
        }
        let mut tail = self.head + self.cnt;
        if tail >= cap {
            tail -= cap;
        }
        self.ring[tail] = now_ms;
        self.cnt += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.drop_old(now_ms);
        self.cnt
    }
}
