// learner: optimal
// idiom: C-style: hand-rolled growable ring buffer (head/count/mask-free modulo), explicit if/else refill arithmetic in u128
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u128,  // in thousandths of a token
    rate: u128, // thousandths per ms == tokens per s
    have: u128, // thousandths
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let c = capacity as u128 * 1000;
        TokenBucket { cap: c, rate: tokens_per_sec as u128, have: c, last: 0 }
    }

    fn tick(&mut self, now: u64) {
        if now <= self.last {
            return; // same time or clock went backwards: nothing earned
        }
        let dt = (now - self.last) as u128;
        let mut h = self.have.saturating_add(dt.saturating_mul(self.rate));
        if h > self.cap {
            h = self.cap;
        }
        self.have = h;
        self.last = now;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.tick(now_ms);
        if self.have >= 1000 {
            self.have -= 1000;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.tick(now_ms);
        let whole = self.have / 1000;
        if whole > u64::MAX as u128 {
            u64::MAX
        } else {
            whole as u64
        }
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    win: u64,
    ring: Vec<u64>,
    head: usize,
    count: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, win: window_ms, ring: Vec::new(), head: 0, count: 0 }
    }

    fn grow(&mut self) {
        let old_cap = self.ring.len();
        let new_cap = if old_cap == 0 { 8 } else { old_cap * 2 };
        let mut fresh = vec![0u64; new_cap];
        let mut k = 0;
        while k < self.count {
            fresh[k] = self.ring[(self.head + k) % old_cap];
            k += 1;
        }
        self.ring = fresh;
        self.head = 0;
    }

    fn evict(&mut self, now: u64) {
        while self.count > 0 {
            let t = self.ring[self.head];
            if now >= t && now - t < self.win {
                break;
            }
            if now < t {
                break;
            }
            self.head = (self.head + 1) % self.ring.len();
            self.count -= 1;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.evict(now_ms);
        if self.count >= self.limit {
            return false;
        }
        if self.count == self.ring.len() {
            self.grow();
        }
        let tail = (self.head + self.count) % self.ring.len();
        self.ring[tail] = now_ms;
        self.count += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.evict(now_ms);
        self.count
    }
}
