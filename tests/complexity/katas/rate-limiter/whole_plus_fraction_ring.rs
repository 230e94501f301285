// learner: optimal
// idiom: ReScript-ish records: whole tokens + sub-token thousandths (u64, saturating), struct-update on refill; the log is a hand-rolled fixed ring buffer of `limit` slots
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

/// Allows bursts of up to `capacity` requests and a long-run average of
/// `tokens_per_sec` requests per second.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    per_sec: u64,
    whole: u64,
    thousandths: u64, // always < 1000
    at_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { capacity, per_sec: tokens_per_sec, whole: capacity, thousandths: 0, at_ms: 0 }
    }

    fn refilled(&self, now_ms: u64) -> TokenBucket {
        let Some(elapsed) = now_ms.checked_sub(self.at_ms).filter(|&e| e > 0) else {
            return self.clone();
        };
        // elapsed ms * tokens/s = thousandths of a token
        let gained = (elapsed as u128) * (self.per_sec as u128) + self.thousandths as u128;
        let whole = (gained / 1000).min(u64::MAX as u128) as u64;
        let frac = (gained % 1000) as u64;
        let (whole, thousandths) = match self.whole.saturating_add(whole) {
            w if w >= self.capacity => (self.capacity, 0),
            w => (w, frac),
        };
        TokenBucket { whole, thousandths, at_ms: now_ms, ..self.clone() }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let next = self.refilled(now_ms);
        match next.whole {
            0 => {
                *self = next;
                false
            }
            w => {
                *self = TokenBucket { whole: w - 1, ..next };
                true
            }
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        *self = self.refilled(now_ms);
        self.whole
    }
}

/// Allows at most `limit` requests in any window of `window_ms` milliseconds.
#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    window_ms: u64,
    slots: Vec<u64>, // ring of `limit` timestamps
    head: usize,     // oldest entry
    used: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { window_ms, slots: vec![0; limit], head: 0, used: 0 }
    }

    fn oldest(&self) -> Option<u64> {
        (self.used > 0).then(|| self.slots[self.head])
    }

    fn forget_expired(&mut self, now_ms: u64) {
        while let Some(t) = self.oldest().filter(|&t| now_ms.saturating_sub(t) >= self.window_ms) {
            let _ = t;
            self.head = (self.head + 1) % self.slots.len();
            self.used -= 1;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget_expired(now_ms);
        match self.slots.len() {
            cap if self.used < cap => {
                let tail = (self.head + self.used) % cap;
                self.slots[tail] = now_ms;
                self.used += 1;
                true
            }
            _ => false,
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget_expired(now_ms);
        self.used
    }
}
