// learner: optimal
// idiom: Lisp-style: bucket as (whole, fraction) pair rebuilt by a pure step fn; log as a Vec with a moving head, compacted when half is dead
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    per_sec: u64,
    /// (whole tokens, thousandths of the next token), with the clock reading.
    level: (u64, u64),
    at: u64,
}

/// The level after `elapsed` ms: whole tokens plus thousandths, capped at `capacity`.
fn step((whole, frac): (u64, u64), elapsed: u64, per_sec: u64, capacity: u64) -> (u64, u64) {
    let thousandths = frac.saturating_add(elapsed.saturating_mul(per_sec));
    let whole = whole.saturating_add(thousandths / 1000);
    if whole >= capacity { (capacity, 0) } else { (whole, thousandths % 1000) }
}

impl TokenBucket {
    /// A full bucket; its clock starts at 0 ms.
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { capacity, per_sec: tokens_per_sec, level: (capacity, 0), at: 0 }
    }

    fn tick(&mut self, now_ms: u64) {
        if now_ms > self.at {
            self.level = step(self.level, now_ms - self.at, self.per_sec, self.capacity);
            self.at = now_ms;
        }
    }

    /// Takes one token if there is a whole one.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.tick(now_ms);
        match self.level {
            (0, _) => false,
            (whole, frac) => {
                self.level = (whole - 1, frac);
                true
            }
        }
    }

    /// Whole tokens available at `now_ms`.
    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.tick(now_ms);
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
    times: Vec<u64>,
    head: usize,
}

impl SlidingWindowLog {
    /// An empty log: at most `limit` requests per `window_ms`.
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, times: Vec::new(), head: 0 }
    }

    fn live(&self) -> usize {
        self.times.len() - self.head
    }

    fn expire(&mut self, now_ms: u64) {
        while self.head < self.times.len() && now_ms.saturating_sub(self.times[self.head]) >= self.window_ms {
            self.head += 1;
        }
        if self.head * 2 > self.times.len() {
            self.times.drain(..self.head);
            self.head = 0;
        }
    }

    /// Accepts and records the request if fewer than `limit` accepted
    /// requests are in the window. Calls must come with non-decreasing `now_ms`.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        (self.live() < self.limit)
            .then(|| self.times.push(now_ms))
            .is_some()
    }

    /// How many accepted requests are in the window at `now_ms`.
    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.live()
    }
}
