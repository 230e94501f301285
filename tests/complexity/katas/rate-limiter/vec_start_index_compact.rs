// learner: optimal
// idiom: Vec log with a start index; expired prefix compacted with drain(..start) only when it is over half the Vec, amortised O(1)
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
    limit: usize,
    window_ms: u64,
    times: Vec<u64>,
    start: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, times: Vec::new(), start: 0 }
    }

    fn forget_old(&mut self, now_ms: u64) {
        for &t in &self.times[self.start..] {
            if now_ms - t < self.window_ms {
                break;
            }
            self.start += 1;
        }
        if self.start > 0 && self.start * 2 >= self.times.len() {
            self.times.drain(..self.start);
            self.start = 0;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget_old(now_ms);
        if self.times.len() - self.start >= self.limit {
            return false;
        }
        self.times.push(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget_old(now_ms);
        self.times.len() - self.start
    }
}
