// learner: optimal
// idiom: Janet: a fixed-size array used as a ring (head index + count, wrap with %), like I'd do with a preallocated buffer; tokens kept as whole count plus a 0..999 remainder
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u64,
    rate: u64,
    whole: u64, // full tokens
    frac: u64,  // thousandths of a token on top, always < 1000
    last: u64,
}

impl TokenBucket {
    /// A full bucket; its clock starts at 0 ms.
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { cap: capacity, rate: tokens_per_sec, whole: capacity, frac: 0, last: 0 }
    }

    fn tick(&mut self, now: u64) {
        if now <= self.last {
            return;
        }
        let dt = now - self.last;
        self.last = now;
        if self.whole >= self.cap {
            self.frac = 0;
            return;
        }
        // thousandths earned; u128 so dt * rate stays exact
        let earned = dt as u128 * self.rate as u128 + self.frac as u128;
        let add_whole = earned / 1000;
        let rem = (earned % 1000) as u64;
        let room = (self.cap - self.whole) as u128;
        if add_whole >= room {
            self.whole = self.cap;
            self.frac = 0;
        } else {
            self.whole += add_whole as u64;
            self.frac = rem;
        }
    }

    /// Takes one token if there is a whole one.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.tick(now_ms);
        if self.whole > 0 {
            self.whole -= 1;
            true
        } else {
            false
        }
    }

    /// Whole tokens available at `now_ms`.
    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.tick(now_ms);
        self.whole
    }
}

/// Allows at most `limit` requests in any window of `window_ms`
/// milliseconds: a request at time `t` counts against every request in
/// `[t, t + window_ms)`. Rejected requests are not counted.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window: u64,
    ring: Vec<u64>, // grows up to `limit`, then wraps
    head: usize,    // oldest entry
    count: usize,
}

impl SlidingWindowLog {
    /// An empty log: at most `limit` requests per `window_ms`.
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window: window_ms, ring: Vec::new(), head: 0, count: 0 }
    }

    fn drop_old(&mut self, now: u64) {
        while self.count > 0 {
            let t = self.ring[self.head];
            if now.saturating_sub(t) < self.window {
                break;
            }
            self.head = (self.head + 1) % self.ring.len();
            self.count -= 1;
        }
    }

    /// Accepts and records the request if fewer than `limit` accepted
    /// requests are in the window. Calls must come with non-decreasing `now_ms`.
    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.drop_old(now_ms);
        if self.count >= self.limit {
            return false;
        }
        let n = self.ring.len();
        if self.count == n {
            // ring is full but the limit is not reached: unroll it in order into a
            // buffer twice as big (capped at limit), like (buffer/new (* 2 n))
            let bigger = if n == 0 { 4 } else { n * 2 }.min(self.limit);
            let mut fresh = Vec::with_capacity(bigger);
            for i in 0..self.count {
                fresh.push(self.ring[(self.head + i) % n]);
            }
            fresh.resize(bigger, 0);
            self.ring = fresh;
            self.head = 0;
        }
        let slot = (self.head + self.count) % self.ring.len();
        self.ring[slot] = now_ms;
        self.count += 1;
        true
    }

    /// How many accepted requests are in the window at `now_ms`.
    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.drop_old(now_ms);
        self.count
    }
}
