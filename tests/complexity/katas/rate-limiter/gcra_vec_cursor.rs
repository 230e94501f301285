// learner: optimal
// idiom: token bucket as GCRA (a "theoretical arrival time" in rate-scaled u128 units, no token counter at all); window log as a Vec plus a head cursor, compacted with drain when the dead prefix outgrows the live part
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

/// One whole token, in units of (milliseconds x tokens_per_sec).
const TOKEN: u128 = 1000;

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u128,
    rate: u128,
    /// latest clock reading seen (the clock never goes back for us)
    clock_ms: u64,
    /// the scaled time at which the bucket would be full again; `<= now` means full
    full_at: u128,
}

impl TokenBucket {
    /// A full bucket; its clock starts at 0 ms.
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { capacity: capacity as u128, rate: tokens_per_sec as u128, clock_ms: 0, full_at: 0 }
    }

    fn scaled_now(&mut self, now_ms: u64) -> u128 {
        self.clock_ms = self.clock_ms.max(now_ms);
        self.clock_ms as u128 * self.rate
    }

    /// Missing tokens (scaled) at `now`.
    fn deficit(&self, now: u128) -> u128 {
        self.full_at.saturating_sub(now)
    }

    /// Takes one token if there is a whole one.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let now = self.scaled_now(now_ms);
        let after = self.deficit(now) + TOKEN;
        if after > self.capacity * TOKEN {
            return false;
        }
        self.full_at = now + after;
        true
    }

    /// Whole tokens available at `now_ms`.
    pub fn available(&mut self, now_ms: u64) -> u64 {
        let now = self.scaled_now(now_ms);
        ((self.capacity * TOKEN - self.deficit(now)) / TOKEN) as u64
    }
}

/// Allows at most `limit` requests in any window of `window_ms`
/// milliseconds: a request at time `t` counts against every request in
/// `[t, t + window_ms)`. Rejected requests are not counted.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    stamps: Vec<u64>,
    head: usize,
}

impl SlidingWindowLog {
    /// An empty log: at most `limit` requests per `window_ms`.
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, stamps: Vec::new(), head: 0 }
    }

    fn expire(&mut self, now_ms: u64) {
        while self.head < self.stamps.len() && now_ms - self.stamps[self.head] >= self.window_ms {
            self.head += 1;
        }
        // compact once the dead prefix is larger than what is alive: O(1) amortised
        if self.head > 0 && self.head * 2 >= self.stamps.len() {
            self.stamps.drain(..self.head);
            self.head = 0;
        }
    }

    /// Accepts and records the request if fewer than `limit` accepted
    /// requests are in the window. Calls must come with non-decreasing `now_ms`.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        let live = self.stamps.len() - self.head;
        if live < self.limit {
            self.stamps.push(now_ms);
            true
        } else {
            false
        }
    }

    /// How many accepted requests are in the window at `now_ms`.
    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.stamps.len() - self.head
    }
}
