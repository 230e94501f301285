// learner: optimal
// idiom: vala: token bucket as whole tokens plus a thousandths remainder (saturating u64); sliding log as a hand-rolled fixed ring buffer (like a GQueue preallocated to limit)
// why: refill is constant arithmetic, O(1); the ring holds at most limit timestamps (O(limit) space) and each is written once and expired once, O(1) amortised per call
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    rate: u64,
    whole: u64,
    /// thousandths of a token, always < 1000
    fraction: u64,
    clock_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { capacity, rate: tokens_per_sec, whole: capacity, fraction: 0, clock_ms: 0 }
    }

    fn set_full(&mut self) {
        self.whole = self.capacity;
        self.fraction = 0;
    }

    fn update_tokens(&mut self, now_ms: u64) {
        if now_ms <= self.clock_ms {
            return;
        }
        let elapsed = now_ms - self.clock_ms;
        self.clock_ms = now_ms;
        if self.whole >= self.capacity {
            self.set_full();
            return;
        }
        // elapsed * rate thousandths; the product may exceed u64, so widen it
        let milli = elapsed as u128 * self.rate as u128;
        let gained_whole = u64::try_from(milli / 1000).unwrap_or(u64::MAX);
        let gained_frac = (milli % 1000) as u64;
        let mut frac = self.fraction + gained_frac;
        let mut whole = self.whole.saturating_add(gained_whole);
        if frac >= 1000 {
            frac -= 1000;
            whole = whole.saturating_add(1);
        }
        if whole >= self.capacity {
            self.set_full();
        } else {
            self.whole = whole;
            self.fraction = frac;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.update_tokens(now_ms);
        if self.whole == 0 {
            return false;
        }
        self.whole -= 1;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.update_tokens(now_ms);
        self.whole
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    ring: Vec<u64>,
    head: usize,
    count: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, ring: Vec::new(), head: 0, count: 0 }
    }

    fn oldest(&self) -> Option<u64> {
        if self.count == 0 {
            None
        } else {
            Some(self.ring[self.head])
        }
    }

    fn drop_oldest(&mut self) {
        self.head += 1;
        if self.head == self.limit {
            self.head = 0;
        }
        self.count -= 1;
    }

    fn append(&mut self, t: u64) {
        if self.ring.len() < self.limit {
            // grow lazily up to limit slots; while growing, head stays 0 and
            // the slots are in order
            if self.head == 0 && self.count == self.ring.len() {
                self.ring.push(t);
                self.count += 1;
                return;
            }
            // the ring wrapped before it was fully allocated: allocate it all
            self.ring.resize(self.limit, 0);
        }
        let tail = (self.head + self.count) % self.limit;
        self.ring[tail] = t;
        self.count += 1;
    }

    fn forget_expired(&mut self, now_ms: u64) {
        while let Some(t) = self.oldest() {
            if now_ms - t < self.window_ms {
                break;
            }
            self.drop_oldest();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget_expired(now_ms);
        if self.count >= self.limit {
            return false;
        }
        self.append(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget_expired(now_ms);
        self.count
    }
}
