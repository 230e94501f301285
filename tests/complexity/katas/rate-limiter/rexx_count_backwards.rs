// learner: slow
// idiom: REXX: keep every accepted time in LOG. (never dropped) and count live ones with DO i = LOG.0 TO 1 BY -1 until the first expired one
// why: each call counts all entries still in the window from the back: O(limit) per try_acquire/in_window instead of O(1) amortised (and the log grows with every accepted request)

/// WHOLE_TOKENS plus FRACTION (thousandths), like keeping an amount as dollars and cents.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    rate_per_sec: u64,
    whole_tokens: u64,
    fraction_milli: u64, // 0..=999
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { capacity, rate_per_sec: tokens_per_sec, whole_tokens: capacity, fraction_milli: 0, last_ms: 0 }
    }

    fn top_up(&mut self, now_ms: u64) {
        let Some(elapsed_ms) = now_ms.checked_sub(self.last_ms) else {
            return; // clock went backwards: nothing earned, keep LAST_MS
        };
        self.last_ms = now_ms;
        if self.whole_tokens >= self.capacity {
            self.fraction_milli = 0;
            return;
        }
        // earned thousandths, done wide so nothing can overflow
        let earned_milli = elapsed_ms as u128 * self.rate_per_sec as u128 + self.fraction_milli as u128;
        let earned_whole = earned_milli / 1000;
        let new_whole = self.whole_tokens as u128 + earned_whole;
        if new_whole >= self.capacity as u128 {
            self.whole_tokens = self.capacity;
            self.fraction_milli = 0;
        } else {
            self.whole_tokens = new_whole as u64;
            self.fraction_milli = (earned_milli % 1000) as u64;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.top_up(now_ms);
        if self.whole_tokens == 0 {
            return false;
        }
        self.whole_tokens -= 1;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.top_up(now_ms);
        self.whole_tokens
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    log_stem: Vec<u64>, // every accepted time, never pruned (the audit trail)
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, log_stem: Vec::new() }
    }

    /// DO i = LOG.0 TO 1 BY -1 ; IF expired THEN LEAVE ; count = count + 1 ; END
    fn count_back(&self, now_ms: u64) -> usize {
        let mut count = 0usize;
        let mut i = self.log_stem.len();
        loop {
            if i == 0 {
                break;
            }
            i -= 1;
            if now_ms.saturating_sub(self.log_stem[i]) >= self.window_ms {
                break;
            }
            count += 1;
        }
        count
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if self.count_back(now_ms) < self.limit {
            self.log_stem.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.count_back(now_ms)
    }
}
