// learner: optimal
// idiom: REXX: bucket kept as WHOLE + FRACTION variables; the log is a stem with a moving FIRST pointer (LOG.first .. LOG.last) compacted only when half of it is dead
// why: bucket is O(1); each log entry is passed by the FIRST pointer once and moved by a compaction at most once per halving, so the log calls are O(1) amortised

/* REXX-style: no DROP of LOG.1 and renumbering each time, just FIRST = FIRST + 1 */

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

/// LOG.first .. LOG.last in a Vec; the FIRST pointer moves instead of shifting the stem.
/// When more than half the stem is dead it is compacted once (amortised O(1)).
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    log_stem: Vec<u64>,
    first_live: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, log_stem: Vec::new(), first_live: 0 }
    }

    fn move_first(&mut self, now_ms: u64) {
        while self.first_live < self.log_stem.len()
            && now_ms.saturating_sub(self.log_stem[self.first_live]) >= self.window_ms
        {
            self.first_live += 1;
        }
        if self.first_live > 0 && self.first_live * 2 >= self.log_stem.len() {
            // compact: copy the live tail down to slot 0
            self.log_stem.drain(..self.first_live);
            self.first_live = 0;
        }
    }

    fn live_count(&self) -> usize {
        self.log_stem.len() - self.first_live
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.move_first(now_ms);
        if self.live_count() < self.limit {
            self.log_stem.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.move_first(now_ms);
        self.live_count()
    }
}
