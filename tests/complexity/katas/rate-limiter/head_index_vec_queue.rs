// learner: optimal
// idiom: terse expert: whole tokens + sub-token remainder in u64 (u128 only for the product), log as Vec + head index compacted with drain, let-else
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u64,
    rate: u64,
    whole: u64,
    milli: u64, // 0..1000, only meaningful while whole < cap
    at: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        Self { cap: capacity, rate: tokens_per_sec, whole: capacity, milli: 0, at: 0 }
    }

    fn refill(&mut self, now: u64) {
        let Some(dt) = now.checked_sub(self.at) else { return };
        self.at = now;
        let earned = dt as u128 * self.rate as u128 + self.milli as u128;
        let total = self.whole as u128 + earned / 1000;
        (self.whole, self.milli) = if total >= self.cap as u128 {
            (self.cap, 0)
        } else {
            (total as u64, (earned % 1000) as u64)
        };
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        let Some(left) = self.whole.checked_sub(1) else { return false };
        self.whole = left;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        self.whole
    }
}

/// Allows at most `limit` requests in any window of `window_ms`
/// milliseconds: a request at time `t` counts against every request in
/// `[t, t + window_ms)`. Rejected requests are not counted.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window: u64,
    log: Vec<u64>,
    head: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { limit, window: window_ms, log: Vec::new(), head: 0 }
    }

    fn evict(&mut self, now: u64) {
        while self.log.get(self.head).is_some_and(|&t| now - t >= self.window) {
            self.head += 1;
        }
        // compact once the dead prefix is the larger half: amortised O(1)
        if self.head > 32 && self.head * 2 > self.log.len() {
            self.log.drain(..self.head);
            self.head = 0;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.evict(now_ms);
        let ok = self.log.len() - self.head < self.limit;
        if ok {
            self.log.push(now_ms);
        }
        ok
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.evict(now_ms);
        self.log.len() - self.head
    }
}
