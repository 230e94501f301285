// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: keeps every accepted time forever and counts the window by walking back from the newest entry
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u64,
    per_ms: u64,
    milli: u64,
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = capacity.saturating_mul(1000);
        TokenBucket { cap, per_ms: tokens_per_sec, milli: cap, last: 0 }
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
            let earned = (now_ms - self.last).saturating_mul(self.per_ms);
            self.milli = self.milli.saturating_add(earned).min(self.cap);
            self.last = now_ms;
        }
        self.milli / 1000
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    history: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, history: Vec::new() }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if self.in_window(now_ms) < self.limit {
            self.history.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        let mut count = 0;
        for &t in self.history.iter().rev() {
            if now_ms - t >= self.window_ms {
                break;
            }
            count += 1;
        }
        count
    }
}
