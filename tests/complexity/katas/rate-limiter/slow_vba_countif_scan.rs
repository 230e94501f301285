// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: the live requests are re-counted one by one (a COUNTIF) on every call
#[derive(Debug, Clone)]
pub struct TokenBucket {
    full_milli: u64,
    refill_per_ms: u64,
    current_milli: u64,
    last_seen_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let full_milli: u64 = capacity.saturating_mul(1000);
        TokenBucket { full_milli, refill_per_ms: tokens_per_sec, current_milli: full_milli, last_seen_ms: 0 }
    }

    fn top_up(&mut self, now_ms: u64) {
        if now_ms > self.last_seen_ms {
            let gap_ms: u64 = now_ms - self.last_seen_ms;
            let extra: u64 = gap_ms.saturating_mul(self.refill_per_ms);
            let mut level: u64 = self.current_milli.saturating_add(extra);
            if level > self.full_milli {
                level = self.full_milli;
            }
            self.current_milli = level;
            self.last_seen_ms = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.top_up(now_ms);
        if self.current_milli >= 1000 {
            self.current_milli = self.current_milli - 1000;
            return true;
        }
        false
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.top_up(now_ms);
        self.current_milli / 1000
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    max_count: usize,
    window_ms: u64,
    stamps: Vec<u64>,
    first_live: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { max_count: limit, window_ms, stamps: Vec::new(), first_live: 0 }
    }

    /// COUNTIF(stamps, "in window"), starting from the oldest row that can still count
    fn count_live(&mut self, now_ms: u64) -> usize {
        let mut live_count: usize = 0;
        let mut row: usize = self.first_live;
        let mut still_old: bool = true;
        while row < self.stamps.len() {
            let age: u64 = now_ms.saturating_sub(self.stamps[row]);
            if age < self.window_ms {
                live_count = live_count + 1;
                still_old = false;
            } else if still_old {
                self.first_live = row + 1;
            }
            row = row + 1;
        }
        live_count
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let live_count: usize = self.count_live(now_ms);
        if live_count < self.max_count {
            self.stamps.push(now_ms);
            return true;
        }
        false
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.count_live(now_ms)
    }
}
