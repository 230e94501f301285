// learner: slow
// idiom: Chapel HPC programmer: the bucket advanced like a time-stepped simulation, one 1 ms step per iteration until it is full; the log a dense array whose expired head is removed with remove(0), shifting the array down
// why: TokenBucket::try_acquire is O(elapsed ms until full) vs target O(1) (a loop per ms instead of one multiplication); SlidingWindowLog::try_acquire is O(limit) per expired entry vs O(1) amortised, since Vec::remove(0) shifts the whole log
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    maxMilli: u128,
    ratePerSec: u128,
    milli: u128,
    clockMs: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let maxMilli = capacity as u128 * 1000;
        TokenBucket { maxMilli, ratePerSec: tokens_per_sec as u128, milli: maxMilli, clockMs: 0 }
    }

    /// time-step the bucket from clockMs to nowMs, 1 ms per step
    fn step(&mut self, nowMs: u64) {
        if nowMs <= self.clockMs {
            return;
        }
        if self.ratePerSec == 0 || self.milli >= self.maxMilli {
            self.clockMs = nowMs;
            return;
        }
        while self.clockMs < nowMs {
            self.clockMs += 1;
            self.milli += self.ratePerSec;
            if self.milli >= self.maxMilli {
                self.milli = self.maxMilli;
                self.clockMs = nowMs;
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.step(now_ms);
        if self.milli >= 1000 {
            self.milli -= 1000;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.step(now_ms);
        (self.milli / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    windowMs: u64,
    stamps: Vec<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, windowMs: window_ms, stamps: Vec::new() }
    }

    fn expire(&mut self, nowMs: u64) {
        while !self.stamps.is_empty() && nowMs - self.stamps[0] >= self.windowMs {
            self.stamps.remove(0);
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.stamps.len() >= self.limit {
            return false;
        }
        self.stamps.push(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.stamps.len()
    }
}
