// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: drain(..k) on a Vec shifts the whole remaining log, and in_window rescans it
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

    fn refill(&mut self, now: u64) {
        if now > self.t0 {
            let gain = (now - self.t0).saturating_mul(self.rate);
            self.have_m = self.have_m.saturating_add(gain).min(self.cap_m);
            self.t0 = now;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.have_m >= 1000 {
            self.have_m -= 1000;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        self.have_m / 1000
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    win: u64,
    hits: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, win: window_ms, hits: Vec::new() }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let stale = self
            .hits
            .iter()
            .take_while(|&&t| now_ms.saturating_sub(t) >= self.win)
            .count();
        self.hits.drain(..stale);
        if self.hits.len() < self.limit {
            self.hits.push(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.hits
            .iter()
            .filter(|&&t| now_ms.saturating_sub(t) < self.win)
            .count()
    }
}
