// learner: optimal
// idiom: bioinformatics style: saturating u64 counters, fixed-size Vec<u64> ring buffer (head + fill count) instead of a deque
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap_m: u64,  // capacity in milli-tokens (saturated)
    rate: u64,   // milli-tokens per ms == tokens per s
    have_m: u64, // milli-tokens in the bucket
    t_last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap_m = capacity.saturating_mul(1000);
        TokenBucket { cap_m, rate: tokens_per_sec, have_m: cap_m, t_last: 0 }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if now_ms > self.t_last {
            let gain = (now_ms - self.t_last).saturating_mul(self.rate);
            self.have_m = self.have_m.saturating_add(gain).min(self.cap_m);
            self.t_last = now_ms;
        }
        if self.have_m < 1000 {
            return false;
        }
        self.have_m -= 1000;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        if now_ms > self.t_last {
            let gain = (now_ms - self.t_last).saturating_mul(self.rate);
            self.have_m = self.have_m.saturating_add(gain).min(self.cap_m);
            self.t_last = now_ms;
        }
        self.have_m / 1000
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    win: u64,
    ring: Vec<u64>,
    head: usize,
    fill: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, win: window_ms, ring: vec![0u64; limit], head: 0, fill: 0 }
    }

    fn expire(&mut self, now: u64) {
        while self.fill > 0 {
            let t = self.ring[self.head];
            if now.saturating_sub(t) < self.win {
                break;
            }
            self.head += 1;
            if self.head == self.ring.len() {
                self.head = 0;
            }
            self.fill -= 1;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.fill >= self.limit {
            return false;
        }
        let mut slot = self.head + self.fill;
        if slot >= self.limit {
            slot -= self.limit;
        }
        self.ring[slot] = now_ms;
        self.fill += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.fill
    }
}
