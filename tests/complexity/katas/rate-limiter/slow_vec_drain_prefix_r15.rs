// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: expired prefix found by scanning and removed with Vec::drain, which shifts the whole log
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap_milli: u128,
    rate: u128,
    milli: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { cap_milli: capacity as u128 * 1000, rate: tokens_per_sec as u128, milli: capacity as u128 * 1000, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms > self.last_ms {
            let add = (now_ms - self.last_ms) as u128 * self.rate;
            self.milli = self.milli.saturating_add(add).min(self.cap_milli);
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
    limit: usize,
    window_ms: u64,
    log: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, log: Vec::new() }
    }

    fn cleanup(&mut self, now_ms: u64) {
        let mut first_alive = self.log.len();
        for (i, &t) in self.log.iter().enumerate() {
            if now_ms - t < self.window_ms {
                first_alive = i;
                break;
            }
        }
        self.log.drain(0..first_alive);
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.cleanup(now_ms);
        if self.log.len() < self.limit {
            self.log.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.cleanup(now_ms);
        self.log.len()
    }
}
