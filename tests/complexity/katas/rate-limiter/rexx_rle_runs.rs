// learner: optimal
// idiom: REXX: bucket in thousandths; the log is run-length encoded, one (TIME, COUNT) record per millisecond with a running TOTAL, like a summarised report file
// why: bucket is O(1); each run is pushed once and popped once and TOTAL is kept up to date, so try_acquire and in_window are O(1) amortised, space O(min(limit, window))

/* REXX-style: IF time = LAST_TIME THEN COUNT = COUNT + 1 ; ELSE new record */

use std::collections::VecDeque;

/// MILLI-TOKENS: 1 token = 1000 units, so tokens_per_sec is exactly "units per ms".
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u128,
    rate_per_sec: u64,
    tokens_milli: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_milli = capacity as u128 * 1000;
        TokenBucket { capacity_milli, rate_per_sec: tokens_per_sec, tokens_milli: capacity_milli, last_ms: 0 }
    }

    /// REFILL: add what was earned since LAST_MS; a clock going backwards earns nothing
    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.last_ms {
            return;
        }
        let elapsed_ms = (now_ms - self.last_ms) as u128;
        let earned_milli = elapsed_ms.saturating_mul(self.rate_per_sec as u128);
        self.tokens_milli = self.tokens_milli.saturating_add(earned_milli).min(self.capacity_milli);
        self.last_ms = now_ms;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.tokens_milli >= 1000 {
            self.tokens_milli -= 1000;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.tokens_milli / 1000) as u64
    }
}

/// Run-length log: (time, how many accepted at that ms), like RLE records; TOTAL kept on the side.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    runs: VecDeque<(u64, usize)>,
    total_in_log: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, runs: VecDeque::new(), total_in_log: 0 }
    }

    fn drop_old_runs(&mut self, now_ms: u64) {
        while let Some(&(run_time, run_count)) = self.runs.front() {
            if now_ms.saturating_sub(run_time) < self.window_ms {
                break;
            }
            self.total_in_log -= run_count;
            self.runs.pop_front();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.drop_old_runs(now_ms);
        if self.total_in_log >= self.limit {
            return false;
        }
        match self.runs.back_mut() {
            Some((last_time, last_count)) if *last_time == now_ms => *last_count += 1,
            _ => self.runs.push_back((now_ms, 1)),
        }
        self.total_in_log += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.drop_old_runs(now_ms);
        self.total_in_log
    }
}
