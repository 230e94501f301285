// learner: slow
// why: SlidingWindowLog::try_acquire is O(n) space, target O(limit): never forgets old timestamps, counts the window with a binary search over the full history
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap_m: u64,
    rate: u64,
    have_m: u64,
    t0: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap_m = capacity.saturating_mul(1000);
        TokenBucket { cap_m, rate: tokens_per_sec, have_m: cap_m, t0: 0 }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.available(now_ms) > 0 && {
            self.have_m -= 1000;
            true
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        if let Some(dt) = now_ms.checked_sub(self.t0) {
            self.have_m = self.have_m.saturating_add(dt.saturating_mul(self.rate)).min(self.cap_m);
            self.t0 = now_ms;
        }
        self.have_m / 1000
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

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        let first_live = self
            .history
            .partition_point(|&t| now_ms.saturating_sub(t) >= self.window_ms);
        self.history.len() - first_live
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if self.in_window(now_ms) < self.limit {
            self.history.push(now_ms);
            true
        } else {
            false
        }
    }
}
