// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: a List-style Vec drops its expired prefix with drain(..k), shifting the rest every call
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

const MILLI_TOKENS_PER_TOKEN: u64 = 1000;

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_in_tokens: u64,
    capacity_in_milli_tokens: u64,
    refill_milli_tokens_per_millisecond: u64,
    current_milli_tokens: u64,
    last_refill_timestamp_ms: u64,
}

impl TokenBucket {
    /// A full bucket; its clock starts at 0 ms.
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_in_milli_tokens = capacity.saturating_mul(MILLI_TOKENS_PER_TOKEN);
        TokenBucket {
            capacity_in_tokens: capacity,
            capacity_in_milli_tokens,
            refill_milli_tokens_per_millisecond: tokens_per_sec,
            current_milli_tokens: capacity_in_milli_tokens,
            last_refill_timestamp_ms: 0,
        }
    }

    /// Takes one token if there is a whole one.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill_up_to(now_ms);
        if !self.has_whole_token() {
            return false;
        }
        self.consume_one_token();
        true
    }

    /// Whole tokens available at `now_ms`.
    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill_up_to(now_ms);
        self.whole_tokens_available()
    }

    fn refill_up_to(&mut self, now_ms: u64) {
        if now_ms <= self.last_refill_timestamp_ms {
            return;
        }
        let elapsed_milliseconds = now_ms - self.last_refill_timestamp_ms;
        let earned_milli_tokens = elapsed_milliseconds.saturating_mul(self.refill_milli_tokens_per_millisecond);
        let refilled_milli_tokens = self.current_milli_tokens.saturating_add(earned_milli_tokens);
        self.current_milli_tokens = refilled_milli_tokens.min(self.capacity_in_milli_tokens);
        self.last_refill_timestamp_ms = now_ms;
    }

    fn has_whole_token(&self) -> bool {
        self.current_milli_tokens >= MILLI_TOKENS_PER_TOKEN
    }

    fn consume_one_token(&mut self) {
        self.current_milli_tokens -= MILLI_TOKENS_PER_TOKEN;
    }

    fn whole_tokens_available(&self) -> u64 {
        let whole_tokens = self.current_milli_tokens / MILLI_TOKENS_PER_TOKEN;
        whole_tokens.min(self.capacity_in_tokens)
    }
}

/// Allows at most `limit` requests in any window of `window_ms`
/// milliseconds: a request at time `t` counts against every request in
/// `[t, t + window_ms)`. Rejected requests are not counted.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    maximum_requests_per_window: usize,
    window_length_ms: u64,
    accepted_request_timestamps: Vec<u64>,
}

impl SlidingWindowLog {
    /// An empty log: at most `limit` requests per `window_ms`.
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog {
            maximum_requests_per_window: limit,
            window_length_ms: window_ms,
            accepted_request_timestamps: Vec::new(),
        }
    }

    /// Accepts and records the request if fewer than `limit` accepted
    /// requests are in the window. Calls must come with non-decreasing `now_ms`.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.evict_expired_timestamps(now_ms);
        if self.is_window_full() {
            return false;
        }
        self.accepted_request_timestamps.push(now_ms);
        true
    }

    /// How many accepted requests are in the window at `now_ms`.
    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.evict_expired_timestamps(now_ms);
        self.accepted_request_timestamps.len()
    }

    fn is_window_full(&self) -> bool {
        self.accepted_request_timestamps.len() >= self.maximum_requests_per_window
    }

    fn has_left_window(&self, timestamp_ms: u64, now_ms: u64) -> bool {
        now_ms.saturating_sub(timestamp_ms) >= self.window_length_ms
    }

    fn count_expired_timestamps(&self, now_ms: u64) -> usize {
        let mut expired_count = 0;
        for &timestamp_ms in &self.accepted_request_timestamps {
            if !self.has_left_window(timestamp_ms, now_ms) {
                break;
            }
            expired_count += 1;
        }
        expired_count
    }

    fn evict_expired_timestamps(&mut self, now_ms: u64) {
        let expired_count = self.count_expired_timestamps(now_ms);
        if expired_count == 0 {
            return;
        }
        self.accepted_request_timestamps.drain(..expired_count);
    }
}
