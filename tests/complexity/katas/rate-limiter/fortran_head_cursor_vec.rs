// learner: optimal
// idiom: Fortran work array: log kept in a plain Vec with a moving head cursor (expired prefix skipped by index), compacted in place when the dead prefix passes half
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capm: u128,
    r: u128,
    m: u128,
    last: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let capm = u128::from(capacity) * 1000;
        TokenBucket { capm, r: u128::from(tokens_per_sec), m: capm, last: 0 }
    }

    fn tick(&mut self, now: u64) {
        if now > self.last {
            let earned = u128::from(now - self.last) * self.r;
            self.m = std::cmp::min(self.capm, self.m.saturating_add(earned));
            self.last = now;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.tick(now_ms);
        let ok = self.m >= 1000;
        if ok {
            self.m -= 1000;
        }
        ok
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.tick(now_ms);
        u64::try_from(self.m / 1000).unwrap_or(u64::MAX)
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    lim: usize,
    w: u64,
    ts: Vec<u64>,
    head: usize, // ts[head..] are the live entries
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { lim: limit, w: window_ms, ts: Vec::new(), head: 0 }
    }

    fn advance(&mut self, now: u64) {
        let n = self.ts.len();
        while self.head < n && now - self.ts[self.head] >= self.w {
            self.head += 1;
        }
        if self.head > 0 && self.head * 2 >= n {
            // shift the live block down to 1 (well, 0) like a Fortran array section copy
            self.ts.copy_within(self.head..n, 0);
            self.ts.truncate(n - self.head);
            self.head = 0;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.advance(now_ms);
        if self.ts.len() - self.head >= self.lim {
            return false;
        }
        self.ts.push(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.advance(now_ms);
        self.ts.len() - self.head
    }
}
