// learner: optimal
// idiom: Haxe game-dev style: saturating u64 math, log in a pooled Vec with a head cursor that compacts itself when half is dead
#[derive(Debug, Clone)]
pub struct TokenBucket {
    cap: u64,  // milli-tokens
    rate: u64, // milli-tokens per ms
    level: u64,
    last: u64,
}

#[inline]
fn earned(rate: u64, dt: u64) -> u64 {
    rate.saturating_mul(dt)
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = capacity.saturating_mul(1000);
        TokenBucket { cap, rate: tokens_per_sec, level: cap, last: 0 }
    }

    #[inline]
    fn tick(&mut self, now: u64) {
        if now > self.last {
            self.level = self.level.saturating_add(earned(self.rate, now - self.last)).min(self.cap);
            self.last = now;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.tick(now_ms);
        let ok = self.level >= 1000;
        if ok {
            self.level -= 1000;
        }
        ok
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.tick(now_ms);
        self.level / 1000
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window: u64,
    pool: Vec<u64>,
    head: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window: window_ms, pool: Vec::new(), head: 0 }
    }

    #[inline]
    fn live(&self) -> usize {
        self.pool.len() - self.head
    }

    fn expire(&mut self, now: u64) {
        while self.head < self.pool.len() && now.saturating_sub(self.pool[self.head]) >= self.window {
            self.head += 1;
        }
        // recycle the dead front once it is at least half the pool: amortised O(1)
        if self.head > 0 && self.head * 2 >= self.pool.len() {
            self.pool.copy_within(self.head.., 0);
            let keep = self.pool.len() - self.head;
            self.pool.truncate(keep);
            self.head = 0;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.expire(now_ms);
        if self.live() >= self.limit {
            return false;
        }
        self.pool.push(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.expire(now_ms);
        self.live()
    }
}
