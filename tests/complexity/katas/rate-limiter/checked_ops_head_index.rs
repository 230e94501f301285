// learner: optimal
// idiom: checked_* arithmetic with match on Option, bucket state split into helper fns; log is a plain Vec with a moving start index and occasional compaction (amortised O(1))
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap_milli: u128,
    rate: u64,
    have_milli: u128,
    last: u64,
}

fn earned(elapsed_ms: u64, per_sec: u64) -> u128 {
    // u64 * u64 always fits in u128
    (elapsed_ms as u128) * (per_sec as u128)
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap_milli = (capacity as u128) * 1000;
        Self { cap_milli, rate: tokens_per_sec, have_milli: cap_milli, last: 0 }
    }

    fn catch_up(&mut self, now_ms: u64) {
        match now_ms.checked_sub(self.last) {
            None | Some(0) => {}
            Some(dt) => {
                let sum = match self.have_milli.checked_add(earned(dt, self.rate)) {
                    Some(v) => v,
                    None => u128::MAX,
                };
                self.have_milli = sum.min(self.cap_milli);
                self.last = now_ms;
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.catch_up(now_ms);
        match self.have_milli.checked_sub(1000) {
            Some(rest) => {
                self.have_milli = rest;
                true
            }
            None => false,
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.catch_up(now_ms);
        u64::try_from(self.have_milli / 1000).unwrap_or(u64::MAX)
    }
}

/// Allows at most `limit` requests in any window of `window_ms` milliseconds.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window: u64,
    times: Vec<u64>,
    start: usize, // times[start..] are still in the window
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { limit, window: window_ms, times: Vec::new(), start: 0 }
    }

    fn slide(&mut self, now: u64) {
        while self.start < self.times.len() && now - self.times[self.start] >= self.window {
            self.start += 1;
        }
        // drop the dead prefix once it is at least half the Vec: each entry moves O(1) times
        if self.start > 0 && self.start * 2 >= self.times.len() {
            self.times.drain(..self.start);
            self.start = 0;
        }
    }

    fn live(&self) -> usize {
        self.times.len() - self.start
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.slide(now_ms);
        if self.live() >= self.limit {
            return false;
        }
        self.times.push(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.slide(now_ms);
        self.live()
    }
}
