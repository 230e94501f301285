// learner: optimal
// idiom: C-programmer style: token bucket as whole tokens plus a remainder in token-milliseconds with u128 math; window log as a hand-rolled fixed ring (Vec<u64> with head/count and modulo index), short names, early returns
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u64,
    rate: u64,
    whole: u64,
    rem: u64, // token-milliseconds earned towards the next token, always < 1000
    t: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { cap: capacity, rate: tokens_per_sec, whole: capacity, rem: 0, t: 0 }
    }

    fn tick(&mut self, now: u64) {
        if now <= self.t {
            return;
        }
        let dt = (now - self.t) as u128;
        self.t = now;
        if self.whole >= self.cap {
            self.rem = 0;
            return;
        }
        let acc = self.rem as u128 + self.rate as u128 * dt;
        let gained = acc / 1000;
        let room = (self.cap - self.whole) as u128;
        if gained >= room {
            self.whole = self.cap;
            self.rem = 0;
        } else {
            self.whole += gained as u64;
            self.rem = (acc % 1000) as u64;
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
    lim: usize,
    w: u64,
    ring: Vec<u64>,
    head: usize,
    cnt: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { lim: limit, w: window_ms, ring: Vec::new(), head: 0, cnt: 0 }
    }

    fn expire(&mut self, now: u64) {
        while self.cnt > 0 {
            let t = self.ring[self.head];
            if now.saturating_sub(t) < self.w {
                return;
            }
            self.head = (self.head + 1) % self.ring.len();
            self.cnt -= 1;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.cnt >= self.lim {
            return false;
        }
        if self.cnt == self.ring.len() {
            // ring full of live entries but below the limit: unroll it and double it
            let grown = (self.ring.len() * 2).max(1).min(self.lim);
            self.ring.rotate_left(self.head);
            self.head = 0;
            self.ring.resize(grown, 0);
        }
        let slot = (self.head + self.cnt) % self.ring.len();
        self.ring[slot] = now_ms;
        self.cnt += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.cnt
    }
}
