// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: the whole log is filtered into a fresh Vec on every request
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap_milli: u64,
    rate: u64,
    milli: u64,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap_milli = capacity.saturating_mul(1000);
        TokenBucket { cap_milli, rate: tokens_per_sec, milli: cap_milli, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if let Some(dt) = now_ms.checked_sub(self.last_ms) {
            self.milli = self.milli.saturating_add(dt.saturating_mul(self.rate)).min(self.cap_milli);
            self.last_ms = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        match self.milli {
            m if m >= 1000 => {
                self.milli = m - 1000;
                true
            }
            _ => false,
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
    log: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, log: Vec::new() }
    }

    fn live(&self, now_ms: u64) -> Vec<u64> {
        self.log
            .iter()
            .copied()
            .filter(|&t| now_ms - t < self.window_ms)
            .collect()
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.log = self.live(now_ms);
        if self.log.len() < self.limit {
            self.log.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.log = self.live(now_ms);
        self.log.len()
    }
}
