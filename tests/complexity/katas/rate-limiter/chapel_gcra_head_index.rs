// learner: optimal
// idiom: Chapel HPC programmer: the bucket as a GCRA "theoretical arrival time" in scaled time units (ms * rate, one token = 1000 units), and the log as a Vec with a moving head index, compacted when the dead prefix is half the array
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

const TOKEN_UNITS: u128 = 1000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    burstUnits: u128, // capacity * TOKEN_UNITS
    rate: u128,
    tat: u128, // when (in scaled units) the bucket would be full again
    lastMs: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { burstUnits: capacity as u128 * TOKEN_UNITS, rate: tokens_per_sec as u128, tat: 0, lastMs: 0 }
    }

    /// scaled now; a clock that goes backwards is held at the last time seen
    fn scaledNow(&mut self, nowMs: u64) -> u128 {
        if nowMs > self.lastMs {
            self.lastMs = nowMs;
        }
        self.lastMs as u128 * self.rate
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let now = self.scaledNow(now_ms);
        let start = self.tat.max(now);
        let newTat = start + TOKEN_UNITS;
        if newTat - now <= self.burstUnits {
            self.tat = newTat;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        let now = self.scaledNow(now_ms);
        let debt = self.tat.saturating_sub(now);
        ((self.burstUnits - debt.min(self.burstUnits)) / TOKEN_UNITS) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    windowMs: u64,
    stamps: Vec<u64>,
    head: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, windowMs: window_ms, stamps: Vec::new(), head: 0 }
    }

    fn advance(&mut self, nowMs: u64) {
        while self.head < self.stamps.len() && nowMs - self.stamps[self.head] >= self.windowMs {
            self.head += 1;
        }
        if self.head > 0 && self.head * 2 >= self.stamps.len() {
            self.stamps.drain(..self.head);
            self.head = 0;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.advance(now_ms);
        if self.stamps.len() - self.head >= self.limit {
            return false;
        }
        self.stamps.push(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.advance(now_ms);
        self.stamps.len() - self.head
    }
}
