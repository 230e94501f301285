// learner: optimal
// idiom: Janet: token bucket as GCRA (one "theoretical arrival time" number, scaled so it stays integer); the log is a plain array with a moving start index, compacted with array/remove-style slicing only when half of it is dead
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    // Time is measured in "rate units": 1 ms == tokens_per_sec units, and one
    // token costs 1000 units. Then everything is an integer.
    rate: u128,
    burst: u128, // capacity * 1000 units
    tat: u128,   // theoretical arrival time of the next request, in units
    seen: u64,   // latest clock seen (the clock never goes back for us)
}

impl TokenBucket {
    /// A full bucket; its clock starts at 0 ms.
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { rate: tokens_per_sec as u128, burst: capacity as u128 * 1000, tat: 0, seen: 0 }
    }

    fn now_units(&mut self, now_ms: u64) -> u128 {
        if now_ms > self.seen {
            self.seen = now_ms;
        }
        self.seen as u128 * self.rate
    }

    /// Takes one token if there is a whole one.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let now = self.now_units(now_ms);
        let tat = self.tat.max(now);
        // backlog after taking this one must fit in the burst
        if tat + 1000 - now <= self.burst {
            self.tat = tat + 1000;
            true
        } else {
            false
        }
    }

    /// Whole tokens available at `now_ms`.
    pub fn available(&mut self, now_ms: u64) -> u64 {
        let now = self.now_units(now_ms);
        let backlog = self.tat.max(now) - now;
        ((self.burst - backlog.min(self.burst)) / 1000) as u64
    }
}

/// Allows at most `limit` requests in any window of `window_ms`
/// milliseconds: a request at time `t` counts against every request in
/// `[t, t + window_ms)`. Rejected requests are not counted.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window: u64,
    arr: Vec<u64>,
    start: usize, // arr[..start] is expired garbage
}

impl SlidingWindowLog {
    /// An empty log: at most `limit` requests per `window_ms`.
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window: window_ms, arr: Vec::new(), start: 0 }
    }

    fn forget(&mut self, now: u64) {
        while self.start < self.arr.len() && now.saturating_sub(self.arr[self.start]) >= self.window {
            self.start += 1;
        }
        // compact only when the dead prefix is at least half: each live entry is
        // moved O(1) times on average
        if self.start > 0 && self.start * 2 >= self.arr.len() {
            self.arr.drain(..self.start);
            self.start = 0;
        }
    }

    fn live(&self) -> usize {
        self.arr.len() - self.start
    }

    /// Accepts and records the request if fewer than `limit` accepted
    /// requests are in the window. Calls must come with non-decreasing `now_ms`.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget(now_ms);
        if self.live() < self.limit {
            self.arr.push(now_ms);
            true
        } else {
            false
        }
    }

    /// How many accepted requests are in the window at `now_ms`.
    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget(now_ms);
        self.live()
    }
}
