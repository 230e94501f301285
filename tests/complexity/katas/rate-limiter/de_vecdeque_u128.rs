// learner: optimal
// idiom: data-engineer style: state kept as a (milli_tokens, last_ms) tuple row in u128, VecDeque log trimmed from the front
use std::collections::VecDeque;

const MILLI: u128 = 1_000;

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity_milli: u128,
    rate_per_ms_milli: u128,
    // (milli-tokens in the bucket, time of the last refill)
    state: (u128, u64),
}

impl TokenBucket {
    /// A full bucket; its clock starts at 0 ms.
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capacity_milli = capacity as u128 * MILLI;
        TokenBucket {
            capacity_milli,
            rate_per_ms_milli: tokens_per_sec as u128,
            state: (capacity_milli, 0),
        }
    }

    fn refill(&mut self, now_ms: u64) {
        let (tokens, last) = self.state;
        if now_ms <= last {
            return;
        }
        let elapsed = (now_ms - last) as u128;
        let earned = elapsed * self.rate_per_ms_milli; // < 2^128, both factors < 2^64
        let refilled = tokens.saturating_add(earned).min(self.capacity_milli);
        self.state = (refilled, now_ms);
    }

    /// Takes one token if there is a whole one.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.state.0 >= MILLI {
            self.state.0 -= MILLI;
            true
        } else {
            false
        }
    }

    /// Whole tokens available at `now_ms`.
    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.state.0 / MILLI) as u64
    }
}

/// Allows at most `limit` requests in any window of `window_ms`
/// milliseconds: a request at time `t` counts against every request in
/// `[t, t + window_ms)`. Rejected requests are not counted.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    accepted: VecDeque<u64>,
}

impl SlidingWindowLog {
    /// An empty log: at most `limit` requests per `window_ms`.
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, accepted: VecDeque::new() }
    }

    fn expire(&mut self, now_ms: u64) {
        while let Some(&oldest) = self.accepted.front() {
            if now_ms.saturating_sub(oldest) >= self.window_ms {
                self.accepted.pop_front();
            } else {
                break;
            }
        }
    }

    /// Accepts and records the request if fewer than `limit` accepted
    /// requests are in the window. Calls must come with non-decreasing `now_ms`.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.accepted.len() < self.limit {
            self.accepted.push_back(now_ms);
            true
        } else {
            false
        }
    }

    /// How many accepted requests are in the window at `now_ms`.
    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.accepted.len()
    }
}
