// learner: optimal
// idiom: checked arithmetic with Option combinators; log of (timestamp, count) groups so equal times share one entry, running total
use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    max: u64,
    rate: u64,
    stock: u64,
    clock: u64,
}

const MILLI: u64 = 1000;

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let max = capacity.checked_mul(MILLI).unwrap_or(u64::MAX);
        TokenBucket { max, rate: tokens_per_sec, stock: max, clock: 0 }
    }

    fn sync(&mut self, now_ms: u64) {
        if let Some(dt) = now_ms.checked_sub(self.clock).filter(|&d| d > 0) {
            let add = dt.checked_mul(self.rate).unwrap_or(u64::MAX);
            self.stock = self.stock.checked_add(add).map_or(self.max, |s| s.min(self.max));
            self.clock = now_ms;
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.sync(now_ms);
        match self.stock.checked_sub(MILLI) {
            Some(rest) => {
                self.stock = rest;
                true
            }
            None => false,
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.sync(now_ms);
        self.stock / MILLI
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    groups: VecDeque<(u64, usize)>,
    total: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, groups: VecDeque::new(), total: 0 }
    }

    fn evict(&mut self, now_ms: u64) {
        while let Some(&(t, c)) = self.groups.front() {
            if now_ms - t < self.window_ms {
                return;
            }
            self.total -= c;
            self.groups.pop_front();
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.evict(now_ms);
        if self.total >= self.limit {
            return false;
        }
        match self.groups.back_mut() {
            Some((t, c)) if *t == now_ms => *c += 1,
            _ => self.groups.push_back((now_ms, 1)),
        }
        self.total += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.evict(now_ms);
        self.total
    }
}
