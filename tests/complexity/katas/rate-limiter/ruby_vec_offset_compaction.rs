// learner: optimal
// idiom: Ruby-ish: bucket as whole tokens + remainder with divmod-style carry, log as a Vec with a moving start offset compacted by drain(..start) when half is dead
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    per_sec: u64,
    whole: u64,
    /// thousandths of a token, always < 1000
    part: u64,
    clock: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        Self { capacity, per_sec: tokens_per_sec, whole: capacity, part: 0, clock: 0 }
    }

    fn top_up(&mut self, now_ms: u64) {
        let Some(elapsed) = now_ms.checked_sub(self.clock) else { return };
        self.clock = now_ms;
        let earned = u128::from(elapsed) * u128::from(self.per_sec) + u128::from(self.part);
        let (gain, rest) = (earned / 1000, (earned % 1000) as u64);
        let total = u128::from(self.whole) + gain;
        (self.whole, self.part) = match total >= u128::from(self.capacity) {
            true => (self.capacity, 0),
            false => (total as u64, rest),
        };
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.top_up(now_ms);
        self.whole
            .checked_sub(1)
            .map(|w| self.whole = w)
            .is_some()
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.top_up(now_ms);
        self.whole
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    stamps: Vec<u64>,
    start: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { limit, window_ms, stamps: Vec::new(), start: 0 }
    }

    fn live(&self) -> usize {
        self.stamps.len() - self.start
    }

    fn slide(&mut self, now_ms: u64) {
        while let Some(&t) = self.stamps.get(self.start) {
            if now_ms.saturating_sub(t) < self.window_ms {
                break;
            }
            self.start += 1;
        }
        // dead prefix is at least as long as the live part: dropping it is paid for by the pops
        if self.start > 0 && self.start >= self.live() {
            self.stamps.drain(..self.start);
            self.start = 0;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.slide(now_ms);
        (self.live() < self.limit).then(|| self.stamps.push(now_ms)).is_some()
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.slide(now_ms);
        self.live()
    }
}
