// learner: optimal
// idiom: Idris dependent-types fan: the bucket as GCRA (a theoretical arrival time in ticks, 1 ms = rate ticks, 1 token = 1000 ticks) instead of a token count; the log as a hand-rolled fixed ring of exactly `limit` slots, its size bound made structural
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

const TOKEN: u128 = 1000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    rate: u128,
    burst: u128,
    /// The instant (in ticks) at which the bucket would be full again.
    tat: u128,
    /// The latest clock reading seen: time never runs backwards here.
    seen_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { rate: tokens_per_sec as u128, burst: capacity as u128 * TOKEN, tat: 0, seen_ms: 0 }
    }

    fn ticks(&mut self, now_ms: u64) -> u128 {
        self.seen_ms = self.seen_ms.max(now_ms);
        self.seen_ms as u128 * self.rate
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let now = self.ticks(now_ms);
        let start = self.tat.max(now);
        let after = start.saturating_add(TOKEN);
        if after <= now.saturating_add(self.burst) {
            self.tat = after;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        let now = self.ticks(now_ms);
        let debt = self.tat.saturating_sub(now);
        (self.burst.saturating_sub(debt) / TOKEN) as u64
    }
}

/// Accepted timestamps in a ring of `limit` slots: `len <= slots.len()` always.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    window_ms: u64,
    slots: Vec<u64>,
    head: usize,
    len: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { window_ms, slots: vec![0; limit], head: 0, len: 0 }
    }

    fn expire(&mut self, now_ms: u64) {
        while self.len > 0 && now_ms - self.slots[self.head] >= self.window_ms {
            self.head = (self.head + 1) % self.slots.len();
            self.len -= 1;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.len == self.slots.len() {
            return false;
        }
        let tail = (self.head + self.len) % self.slots.len();
        self.slots[tail] = now_ms;
        self.len += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.len
    }
}
