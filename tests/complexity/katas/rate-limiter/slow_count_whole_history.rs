// learner: slow
// why: SlidingWindowLog::try_acquire is O(n) time, target O(1) amortised: the log never forgets, every call counts the whole history with filter().count()
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

const MILLI: u128 = 1000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u128,
    rate: u128,
    level: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let full = capacity as u128 * MILLI;
        Self { capacity: full, rate: tokens_per_sec as u128, level: full, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) -> &mut Self {
        if let Some(elapsed) = now_ms.checked_sub(self.last_ms) {
            let earned = (elapsed as u128).saturating_mul(self.rate);
            self.level = self.level.saturating_add(earned).min(self.capacity);
            self.last_ms = now_ms;
        }
        self
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let bucket = self.refill(now_ms);
        bucket
            .level
            .checked_sub(MILLI)
            .map(|rest| bucket.level = rest)
            .is_some()
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        (self.refill(now_ms).level / MILLI) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    accepted: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { limit, window_ms, accepted: Vec::new() }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if self.in_window(now_ms) < self.limit {
            self.accepted.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        let window = self.window_ms;
        self.accepted
            .iter()
            .filter(|&&t| now_ms.saturating_sub(t) < window)
            .count()
    }
}
