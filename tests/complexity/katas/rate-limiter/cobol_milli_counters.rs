// learner: optimal
// idiom: COBOL-style: u128 milli-token working storage, refill paragraph with explicit if/else, hand-rolled ring buffer of timestamps (Vec + head + count) growing by doubling
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    ws_capacity_milli: u128,
    ws_rate_milli_per_ms: u128,
    ws_tokens_milli: u128,
    ws_last_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let ws_cap = (capacity as u128) * 1000;
        TokenBucket {
            ws_capacity_milli: ws_cap,
            ws_rate_milli_per_ms: tokens_per_sec as u128,
            ws_tokens_milli: ws_cap,
            ws_last_ms: 0,
        }
    }

    fn refill_paragraph(&mut self, now_ms: u64) {
        if now_ms > self.ws_last_ms {
            let ws_elapsed: u128 = (now_ms - self.ws_last_ms) as u128;
            let ws_earned: u128 = ws_elapsed * self.ws_rate_milli_per_ms;
            let ws_new_level: u128 = self.ws_tokens_milli.saturating_add(ws_earned);
            if ws_new_level > self.ws_capacity_milli {
                self.ws_tokens_milli = self.ws_capacity_milli;
            } else {
                self.ws_tokens_milli = ws_new_level;
            }
            self.ws_last_ms = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill_paragraph(now_ms);
        if self.ws_tokens_milli >= 1000 {
            self.ws_tokens_milli = self.ws_tokens_milli - 1000;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill_paragraph(now_ms);
        (self.ws_tokens_milli / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    ws_limit: usize,
    ws_window_ms: u64,
    ws_ring: Vec<u64>,
    ws_head: usize,
    ws_count: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { ws_limit: limit, ws_window_ms: window_ms, ws_ring: Vec::new(), ws_head: 0, ws_count: 0 }
    }

    fn expire_paragraph(&mut self, now_ms: u64) {
        while self.ws_count > 0 {
            let ws_oldest = self.ws_ring[self.ws_head];
            if now_ms.saturating_sub(ws_oldest) >= self.ws_window_ms {
                self.ws_head = (self.ws_head + 1) % self.ws_ring.len();
                self.ws_count = self.ws_count - 1;
            } else {
                break;
            }
        }
    }

    fn grow_ring_paragraph(&mut self) {
        let ws_old_cap = self.ws_ring.len();
        let ws_new_cap = if ws_old_cap == 0 { 4 } else { ws_old_cap * 2 };
        let mut ws_new_ring: Vec<u64> = vec![0; ws_new_cap];
        let mut ws_k: usize = 0;
        while ws_k < self.ws_count {
            ws_new_ring[ws_k] = self.ws_ring[(self.ws_head + ws_k) % ws_old_cap];
            ws_k = ws_k + 1;
        }
        self.ws_ring = ws_new_ring;
        self.ws_head = 0;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire_paragraph(now_ms);
        if self.ws_count >= self.ws_limit {
            return false;
        }
        if self.ws_count == self.ws_ring.len() {
            self.grow_ring_paragraph();
        }
        let ws_tail = (self.ws_head + self.ws_count) % self.ws_ring.len();
        self.ws_ring[ws_tail] = now_ms;
        self.ws_count = self.ws_count + 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire_paragraph(now_ms);
        self.ws_count
    }
}
