// learner: slow
// why: SlidingWindowLog::try_acquire and in_window are O(limit) time, target O(1) amortised: the log is a BTreeMap of time -> count, and every call sums the counts over range(cutoff..)
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::BTreeMap;

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    per_sec: u64,
    last_ms: u64,
    /// (whole tokens, thousandths of a token)
    level: (u64, u64),
}

/// Adds `elapsed_ms * per_sec` thousandths of a token to `level`, capped at `capacity` whole tokens.
fn refilled(level: (u64, u64), elapsed_ms: u64, per_sec: u64, capacity: u64) -> (u64, u64) {
    let (whole, milli) = level;
    let earned = elapsed_ms as u128 * per_sec as u128 + milli as u128;
    let whole = whole as u128 + earned / 1000;
    let milli = (earned % 1000) as u64;
    if whole >= capacity as u128 {
        (capacity, 0)
    } else {
        (whole as u64, milli)
    }
}

impl TokenBucket {
    /// A full bucket; its clock starts at 0 ms.
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { capacity, per_sec: tokens_per_sec, last_ms: 0, level: (capacity, 0) }
    }

    fn catch_up(&mut self, now_ms: u64) {
        let elapsed = now_ms.saturating_sub(self.last_ms);
        let now_ms = now_ms.max(self.last_ms);
        self.level = refilled(self.level, elapsed, self.per_sec, self.capacity);
        self.last_ms = now_ms;
    }

    /// Takes one token if there is a whole one.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.catch_up(now_ms);
        match self.level {
            (0, _) => false,
            (whole, milli) => {
                self.level = (whole - 1, milli);
                true
            }
        }
    }

    /// Whole tokens available at `now_ms`.
    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.catch_up(now_ms);
        self.level.0
    }
}

/// Allows at most `limit` requests in any window of `window_ms`
/// milliseconds: a request at time `t` counts against every request in
/// `[t, t + window_ms)`. Rejected requests are not counted.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    counts: BTreeMap<u64, usize>,
}

impl SlidingWindowLog {
    /// An empty log: at most `limit` requests per `window_ms`.
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, counts: BTreeMap::new() }
    }

    fn live(&self, now_ms: u64) -> usize {
        // entries at t with now - t < window, i.e. t > now - window
        let cutoff = now_ms.saturating_sub(self.window_ms);
        let from = if now_ms >= self.window_ms { cutoff + 1 } else { 0 };
        self.counts.range(from..).map(|(_, c)| *c).sum()
    }

    /// Accepts and records the request if fewer than `limit` accepted
    /// requests are in the window. Calls must come with non-decreasing `now_ms`.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        if self.live(now_ms) < self.limit {
            *self.counts.entry(now_ms).or_insert(0) += 1;
            true
        } else {
            false
        }
    }

    /// How many accepted requests are in the window at `now_ms`.
    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.live(now_ms)
    }
}
