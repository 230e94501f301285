// learner: optimal
// idiom: C-style: Vec<u64> log with a `start` cursor, compacted with drain(..start) only once half of it is dead (amortised O(1)); checked_sub clock
#[derive(Debug, Clone)]
pub struct TokenBucket {
    max_milli: u64,
    gain_per_ms: u64,
    milli: u64,
    at: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let max_milli = capacity.checked_mul(1000).unwrap_or(u64::MAX);
        Self { max_milli, gain_per_ms: tokens_per_sec, milli: max_milli, at: 0 }
    }

    fn catch_up(&mut self, now: u64) {
        let Some(dt) = now.checked_sub(self.at) else { return };
        let gained = dt.checked_mul(self.gain_per_ms).unwrap_or(u64::MAX);
        self.milli = match self.milli.checked_add(gained) {
            Some(v) if v < self.max_milli => v,
            _ => self.max_milli,
        };
        self.at = now;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.catch_up(now_ms);
        match self.milli.checked_sub(1000) {
            Some(rest) => {
                self.milli = rest;
                true
            }
            None => false,
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.catch_up(now_ms);
        self.milli / 1000
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    max: usize,
    span: u64,
    times: Vec<u64>,
    start: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { max: limit, span: window_ms, times: Vec::new(), start: 0 }
    }

    fn live(&self) -> usize {
        self.times.len() - self.start
    }

    fn skip_expired(&mut self, now: u64) {
        while self.start < self.times.len() && now - self.times[self.start] >= self.span {
            self.start += 1;
        }
        // compact once the dead prefix is at least as long as the live part
        if self.start > 0 && self.start >= self.live() {
            self.times.drain(..self.start);
            self.start = 0;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.skip_expired(now_ms);
        if self.live() >= self.max {
            return false;
        }
        self.times.push(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.skip_expired(now_ms);
        self.live()
    }
}
