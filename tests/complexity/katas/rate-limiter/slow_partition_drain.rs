// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: binary-searches the cutoff but drain(..k) on a Vec shifts the surviving entries

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u64,
    rate: u64,
    milli: u64,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_milli = capacity.saturating_mul(1000);
        TokenBucket { capacity_milli, rate: tokens_per_sec, milli: capacity_milli, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms > self.last_ms {
            let earned = (now_ms - self.last_ms).saturating_mul(self.rate);
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
        self.milli / 1000
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    times: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, times: Vec::with_capacity(limit) }
    }

    fn prune(&mut self, now_ms: u64) {
        let w = self.window_ms;
        let cut = self.times.partition_point(|&t| now_ms - t >= w);
        if cut > 0 {
            self.times.drain(..cut);
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.prune(now_ms);
        let ok = self.times.len() < self.limit;
        if ok {
            self.times.push(now_ms);
        }
        ok
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.prune(now_ms);
        self.times.len()
    }
}
