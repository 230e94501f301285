// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: the log is rebuilt persistently (filter + collect) on every call
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

const MILLI: u128 = 1000;

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u128,
    rate: u128,
    milli: u128,
    last: u64,
}

/// Milli-tokens after `elapsed` ms at `rate` milli-tokens per ms, capped.
fn refilled(milli: u128, elapsed: u64, rate: u128, cap: u128) -> u128 {
    milli.saturating_add(elapsed as u128 * rate).min(cap)
}

impl TokenBucket {
    /// A full bucket; its clock starts at 0 ms.
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = capacity as u128 * MILLI;
        TokenBucket { cap, rate: tokens_per_sec as u128, milli: cap, last: 0 }
    }

    fn advance(&mut self, now_ms: u64) {
        if let Some(elapsed) = now_ms.checked_sub(self.last) {
            self.milli = refilled(self.milli, elapsed, self.rate, self.cap);
            self.last = now_ms;
        }
    }

    /// Takes one token if there is a whole one.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.advance(now_ms);
        let ok = self.milli >= MILLI;
        if ok {
            self.milli -= MILLI;
        }
        ok
    }

    /// Whole tokens available at `now_ms`.
    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.advance(now_ms);
        (self.milli / MILLI) as u64
    }
}

/// Allows at most `limit` requests in any window of `window_ms`
/// milliseconds: a request at time `t` counts against every request in
/// `[t, t + window_ms)`. Rejected requests are not counted.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    log: VecDeque<u64>,
}

impl SlidingWindowLog {
    /// An empty log: at most `limit` requests per `window_ms`.
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, log: VecDeque::new() }
    }

    fn forget_before(&mut self, now_ms: u64) {
        let window = self.window_ms;
        self.log = self.log.iter().copied().filter(|&t| now_ms.saturating_sub(t) < window).collect();
    }

    /// Accepts and records the request if fewer than `limit` accepted
    /// requests are in the window. Calls must come with non-decreasing `now_ms`.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget_before(now_ms);
        let room = self.log.len() < self.limit;
        if room {
            self.log.push_back(now_ms);
        }
        room
    }

    /// How many accepted requests are in the window at `now_ms`.
    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget_before(now_ms);
        self.log.len()
    }
}
