// learner: optimal
// idiom: LabVIEW-style registers: milli-tokens in a u128, if-heavy refill; sliding log is a VecDeque popped from the front in a while loop
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

const MILLI: u128 = 1000;

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    max_milli: u128,
    rate: u128, // milli-tokens per ms == tokens per second
    milli: u128,
    last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let max_milli = capacity as u128 * MILLI;
        TokenBucket { max_milli, rate: tokens_per_sec as u128, milli: max_milli, last_ms: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms > self.last_ms {
            let elapsed = (now_ms - self.last_ms) as u128;
            let gained = elapsed.saturating_mul(self.rate);
            let total = self.milli.saturating_add(gained);
            if total > self.max_milli {
                self.milli = self.max_milli;
            } else {
                self.milli = total;
            }
            self.last_ms = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.milli >= MILLI {
            self.milli -= MILLI;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.milli / MILLI) as u64
    }
}

/// Allows at most `limit` requests in any window of `window_ms` milliseconds.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    log: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, log: VecDeque::new() }
    }

    fn expire(&mut self, now_ms: u64) {
        while let Some(&oldest) = self.log.front() {
            if now_ms.saturating_sub(oldest) >= self.window_ms {
                self.log.pop_front();
            } else {
                break;
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.log.len() < self.limit {
            self.log.push_back(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.log.len()
    }
}
