// learner: slow
// idiom: teenager who learnt programming in Scratch: "delete all items of the list that are too old" on every request (Vec::retain), token bucket in thousandths like before
// why: SlidingWindowLog::try_acquire and in_window are O(limit) per call (retain walks the whole log) vs O(1) amortised; TokenBucket::try_acquire is O(1)
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    full: u128,
    per_ms: u128,
    thousandths: u128,
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let full = capacity as u128 * 1000;
        TokenBucket { full, per_ms: tokens_per_sec as u128, thousandths: full, last: 0 }
    }

    fn top_up(&mut self, now_ms: u64) {
        if now_ms > self.last {
            let more = (now_ms - self.last) as u128 * self.per_ms;
            self.thousandths = std::cmp::min(self.full, self.thousandths.saturating_add(more));
            self.last = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.top_up(now_ms);
        if self.thousandths >= 1000 {
            self.thousandths -= 1000;
            return true;
        }
        false
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.top_up(now_ms);
        (self.thousandths / 1000) as u64
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

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        // delete all the old ones
        let window = self.window_ms;
        self.log.retain(|&t| now_ms - t < window);
        if self.log.len() >= self.limit {
            return false;
        }
        self.log.push(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        let window = self.window_ms;
        self.log.retain(|&t| now_ms - t < window);
        self.log.len()
    }
}
