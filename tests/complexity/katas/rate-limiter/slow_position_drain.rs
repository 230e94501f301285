// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: position() scans from the front and drain(..k) on a Vec shifts the whole rest of the log every call
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u64,
    rate: u64,
    milli: u128,
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { cap: capacity, rate: tokens_per_sec, milli: capacity as u128 * 1000, last: 0 }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if self.available(now_ms) == 0 {
            return false;
        }
        self.milli -= 1000;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        if now_ms > self.last {
            let gain = (now_ms - self.last) as u128 * self.rate as u128;
            self.milli = std::cmp::min(self.milli.saturating_add(gain), self.cap as u128 * 1000);
            self.last = now_ms;
        }
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
        SlidingWindowLog { limit, window_ms, log: vec![] }
    }

    fn expire(&mut self, now_ms: u64) {
        let w = self.window_ms;
        let k = self
            .log
            .iter()
            .position(|&t| now_ms.saturating_sub(t) < w)
            .unwrap_or(self.log.len());
        self.log.drain(..k);
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.log.len() < self.limit {
            self.log.push(now_ms);
            return true;
        }
        false
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.log.len()
    }
}
