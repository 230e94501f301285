//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    // TODO: the settings and the state (how will you represent a fraction of a token?)
}

impl TokenBucket {
    /// A full bucket; its clock starts at 0 ms.
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        todo!("a full bucket of {capacity}, refilled at {tokens_per_sec}/s")
    }

    /// Takes one token if there is a whole one.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        todo!("refill up to {now_ms} ms, then take a token")
    }

    /// Whole tokens available at `now_ms`.
    pub fn available(&mut self, now_ms: u64) -> u64 {
        todo!("whole tokens at {now_ms} ms")
    }
}

/// Allows at most `limit` requests in any window of `window_ms`
/// milliseconds: a request at time `t` counts against every request in
/// `[t, t + window_ms)`. Rejected requests are not counted.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    // TODO: the settings and the log of accepted requests
}

impl SlidingWindowLog {
    /// An empty log: at most `limit` requests per `window_ms`.
    pub fn new(limit: usize, window_ms: u64) -> Self {
        todo!("at most {limit} per {window_ms} ms")
    }

    /// Accepts and records the request if fewer than `limit` accepted
    /// requests are in the window. Calls must come with non-decreasing `now_ms`.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        todo!("forget what left the window, then decide at {now_ms} ms")
    }

    /// How many accepted requests are in the window at `now_ms`.
    pub fn in_window(&mut self, now_ms: u64) -> usize {
        todo!("count the requests in the window at {now_ms} ms")
    }
}
