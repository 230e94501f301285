// learner: optimal
// idiom: Go-style hand-rolled ring buffer (Vec + head + count, doubling growth) for the log, whole tokens + sub-token remainder kept in separate fields
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    rate: u64,
    whole: u64,
    frac: u128, // milli-tokens below one whole token, 0..1000 after normalising
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket { capacity, rate: tokens_per_sec, whole: capacity, frac: 0, last: 0 }
    }

    fn refill(&mut self, now: u64) {
        if now <= self.last {
            return;
        }
        let milli = (now - self.last) as u128 * self.rate as u128 + self.frac;
        self.last = now;
        let add = milli / 1000;
        let rem = milli % 1000;
        let room = (self.capacity - self.whole) as u128;
        if add >= room {
            self.whole = self.capacity;
            self.frac = 0;
        } else {
            self.whole += add as u64;
            self.frac = rem;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.whole == 0 {
            return false;
        }
        self.whole -= 1;
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        self.whole
    }
}

#[derive(Debug, Clone)]
struct Ring {
    buf: Vec<u64>,
    head: usize,
    count: usize,
}

impl Ring {
    fn front(&self) -> Option<u64> {
        if self.count == 0 {
            None
        } else {
            Some(self.buf[self.head])
        }
    }

    fn pop(&mut self) {
        self.head += 1;
        if self.head == self.buf.len() {
            self.head = 0;
        }
        self.count -= 1;
    }

    fn push(&mut self, t: u64, max: usize) {
        if self.count == self.buf.len() {
            self.grow(max);
        }
        let mut tail = self.head + self.count;
        if tail >= self.buf.len() {
            tail -= self.buf.len();
        }
        self.buf[tail] = t;
        self.count += 1;
    }

    // Doubles the storage (never past max), unrolling the ring so head is 0 again.
    fn grow(&mut self, max: usize) {
        let old = self.buf.len();
        let mut size = if old == 0 { 4 } else { old * 2 };
        if size > max {
            size = max;
        }
        let mut fresh = vec![0u64; size];
        let mut i = 0;
        while i < self.count {
            let mut j = self.head + i;
            if j >= old {
                j -= old;
            }
            fresh[i] = self.buf[j];
            i += 1;
        }
        self.buf = fresh;
        self.head = 0;
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    ring: Ring,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, ring: Ring { buf: Vec::new(), head: 0, count: 0 } }
    }

    fn trim(&mut self, now: u64) {
        while let Some(t) = self.ring.front() {
            if now - t < self.window_ms {
                break;
            }
            self.ring.pop();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.trim(now_ms);
        if self.ring.count >= self.limit {
            return false;
        }
        self.ring.push(now_ms, self.limit);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.trim(now_ms);
        self.ring.count
    }
}
