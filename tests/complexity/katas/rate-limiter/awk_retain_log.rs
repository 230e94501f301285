// learner: slow
// idiom: awk/sed one-liner sysadmin: token counter in thousandths; the log is a Vec filtered on every request, like re-running `awk '$1 > now - w'` over the whole log each time
// why: SlidingWindowLog::try_acquire and in_window are O(limit) per call vs target O(1) amortised: retain walks the whole log every time (O(n*limit) for a busy client); TokenBucket::try_acquire is O(1)
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    max: u128,
    rate: u128,
    milli: u128,
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let max = capacity as u128 * 1000;
        TokenBucket { max, rate: tokens_per_sec as u128, milli: max, last: 0 }
    }

    fn fill(&mut self, now: u64) {
        if now > self.last {
            self.milli = self.milli.saturating_add((now - self.last) as u128 * self.rate).min(self.max);
            self.last = now;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.fill(now_ms);
        if self.milli < 1000 {
            return false;
        }
        self.milli -= 1000;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.fill(now_ms);
        (self.milli / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    n: usize,
    w: u64,
    log: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { n: limit, w: window_ms, log: Vec::new() }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let w = self.w;
        self.log.retain(|&t| now_ms - t < w);
        if self.log.len() >= self.n {
            return false;
        }
        self.log.push(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        let w = self.w;
        self.log.iter().filter(|&&t| now_ms - t < w).count()
    }
}
