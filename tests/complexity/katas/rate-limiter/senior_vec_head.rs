// learner: optimal
// idiom: documented senior style, debug_assert invariants, Vec + head index with amortised compaction
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

/// One whole token, expressed in thousandths of a token.
const MILLI_PER_TOKEN: u128 = 1_000;

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
///
/// Tokens are stored in thousandths so that a rate of `r` tokens per second
/// is exactly `r` milli-tokens per millisecond: no floats, no rounding drift.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u128,
    rate_milli_per_ms: u128,
    level_milli: u128,
    last_refill_ms: u64,
}

impl TokenBucket {
    /// A full bucket; its clock starts at 0 ms.
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_milli = u128::from(capacity) * MILLI_PER_TOKEN;
        Self {
            capacity_milli,
            rate_milli_per_ms: u128::from(tokens_per_sec),
            level_milli: capacity_milli,
            last_refill_ms: 0,
        }
    }

    /// Adds what was earned since the last refill. A clock that went
    /// backwards earns nothing and does not move `last_refill_ms` back.
    fn refill(&mut self, now_ms: u64) {
        let Some(elapsed) = now_ms.checked_sub(self.last_refill_ms) else {
            return;
        };
        // u64 * u64 always fits in u128; the sum only saturates near u128::MAX.
        let earned = u128::from(elapsed) * self.rate_milli_per_ms;
        self.level_milli = self.level_milli.saturating_add(earned).min(self.capacity_milli);
        self.last_refill_ms = now_ms;
        debug_assert!(self.level_milli <= self.capacity_milli);
    }

    /// Takes one token if there is a whole one.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        match self.level_milli.checked_sub(MILLI_PER_TOKEN) {
            Some(rest) => {
                self.level_milli = rest;
                true
            }
            None => false,
        }
    }

    /// Whole tokens available at `now_ms`.
    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        u64::try_from(self.level_milli / MILLI_PER_TOKEN).unwrap_or(u64::MAX)
    }
}

/// Allows at most `limit` requests in any window of `window_ms`
/// milliseconds: a request at time `t` counts against every request in
/// `[t, t + window_ms)`. Rejected requests are not counted.
///
/// The log is a `Vec` whose live part is `times[head..]`. Expired entries are
/// skipped by advancing `head`; the dead prefix is dropped once it outweighs
/// the live part, so each entry is moved O(1) times overall.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    times: Vec<u64>,
    head: usize,
}

impl SlidingWindowLog {
    /// An empty log: at most `limit` requests per `window_ms`.
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { limit, window_ms, times: Vec::new(), head: 0 }
    }

    fn live(&self) -> usize {
        debug_assert!(self.head <= self.times.len());
        self.times.len() - self.head
    }

    fn expired(&self, t: u64, now_ms: u64) -> bool {
        now_ms.saturating_sub(t) >= self.window_ms
    }

    /// Skips entries that left the window, compacting when the dead prefix
    /// is at least as long as the live part (amortised O(1)).
    fn forget_expired(&mut self, now_ms: u64) {
        while self.head < self.times.len() && self.expired(self.times[self.head], now_ms) {
            self.head += 1;
        }
        if self.head > 0 && self.head >= self.live() {
            self.times.drain(..self.head);
            self.head = 0;
        }
    }

    /// Accepts and records the request if fewer than `limit` accepted
    /// requests are in the window. Calls must come with non-decreasing `now_ms`.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        debug_assert!(self.times.last().map_or(true, |&t| t <= now_ms), "time went backwards");
        self.forget_expired(now_ms);
        if self.live() >= self.limit {
            return false;
        }
        self.times.push(now_ms);
        true
    }

    /// How many accepted requests are in the window at `now_ms`.
    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget_expired(now_ms);
        self.live()
    }
}
