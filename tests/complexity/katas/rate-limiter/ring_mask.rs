// learner: optimal
// idiom: retro: whole tokens + sub-token remainder (0..999) instead of one milli counter, hand-rolled power-of-two ring buffer with mask for the log
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u64,
    rate: u64,
    whole: u64,
    frac: u64, // thousandths of a token, always < 1000
    t: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { cap: capacity, rate: tokens_per_sec, whole: capacity, frac: 0, t: 0 }
    }

    fn tick(&mut self, now: u64) {
        if now <= self.t {
            return; // clock stood still or went backwards
        }
        let dt = (now - self.t) as u128;
        self.t = now;
        if self.whole >= self.cap {
            self.frac = 0;
            return;
        }
        let milli = dt * self.rate as u128 + self.frac as u128;
        let add = milli / 1000;
        let room = (self.cap - self.whole) as u128;
        if add >= room {
            self.whole = self.cap;
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
    win: u64,
    ring: Vec<u64>, // len is 0 or a power of two
    head: usize,
    n: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, win: window_ms, ring: Vec::new(), head: 0, n: 0 }
    }

    fn expire(&mut self, now: u64) {
        let mask = self.ring.len().wrapping_sub(1);
        while self.n != 0 && now - self.ring[self.head] >= self.win {
            self.head = (self.head + 1) & mask;
            self.n -= 1;
        }
    }

    fn grow(&mut self) {
        let old = self.ring.len();
        let new_len = if old == 0 { 8 } else { old << 1 };
        let mut bigger = vec![0u64; new_len];
        let mut i = 0;
        while i < self.n {
            bigger[i] = self.ring[(self.head + i) & (old - 1)];
            i += 1;
        }
        self.ring = bigger;
        self.head = 0;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.n >= self.limit {
            return false;
        }
        if self.n == self.ring.len() {
            self.grow();
        }
        let mask = self.ring.len() - 1;
        self.ring[(self.head + self.n) & mask] = now_ms;
        self.n += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.n
    }
}
