// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: drains the expired prefix of a plain Vec, shifting every live entry each time
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    rate: u64,
    millis: u64,
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let full = capacity.saturating_mul(1000);
        TokenBucket { capacity: full, rate: tokens_per_sec, millis: full, last: 0 }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let _ = self.available(now_ms);
        if self.millis >= 1000 {
            self.millis -= 1000;
            return true;
        }
        false
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        if now_ms > self.last {
            let add = (now_ms - self.last).saturating_mul(self.rate);
            self.millis = self.millis.saturating_add(add).min(self.capacity);
            self.last = now_ms;
        }
        self.millis / 1000
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    stamps: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, stamps: Vec::new() }
    }

    fn prune(&mut self, now_ms: u64) {
        let expired = self
            .stamps
            .iter()
            .take_while(|&&t| now_ms - t >= self.window_ms)
            .count();
        self.stamps.drain(..expired);
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.prune(now_ms);
        if self.stamps.len() < self.limit {
            self.stamps.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.prune(now_ms);
        self.stamps.len()
    }
}
