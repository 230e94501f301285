// learner: optimal
// idiom: logic-programmer style: u128 exact arithmetic, match on clock order, hand-rolled queue (Vec + head index, compacted when half is dead) skipped by slice patterns
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u128,   // milli-tokens
    rate: u128,  // milli-tokens per ms
    level: u128, // milli-tokens
    at: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = u128::from(capacity) * 1000;
        TokenBucket { cap, rate: u128::from(tokens_per_sec), level: cap, at: 0 }
    }

    fn advance(&mut self, now: u64) {
        match now.checked_sub(self.at) {
            None | Some(0) => {}
            Some(dt) => {
                self.level = self.level.saturating_add(u128::from(dt).saturating_mul(self.rate)).min(self.cap);
                self.at = now;
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.advance(now_ms);
        match self.level.checked_sub(1000) {
            Some(rest) => {
                self.level = rest;
                true
            }
            None => false,
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.advance(now_ms);
        u64::try_from(self.level / 1000).unwrap_or(u64::MAX)
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window: u64,
    times: Vec<u64>,
    head: usize, // times[..head] have expired
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window: window_ms, times: Vec::new(), head: 0 }
    }

    /// expire(Now): skip the expired prefix of the live part.
    fn expire(&mut self, now: u64) {
        let mut live = &self.times[self.head..];
        while let [t, rest @ ..] = live {
            if now.saturating_sub(*t) < self.window {
                break;
            }
            self.head += 1;
            live = rest;
        }
        // reclaim the dead prefix once it is at least as long as the live part
        if self.head > 0 && self.head * 2 >= self.times.len() {
            self.times.drain(..self.head);
            self.head = 0;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        match self.times.len() - self.head < self.limit {
            true => {
                self.times.push(now_ms);
                true
            }
            false => false,
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.times.len() - self.head
    }
}
