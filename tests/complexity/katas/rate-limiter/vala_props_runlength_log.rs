// learner: optimal
// idiom: vala: GObject-ish getters/setters around a u128 level, refill computed by a pure helper; the log stores (time, count) runs in a VecDeque with a running total
// why: the bucket does constant work per call, O(1); each run is pushed once and popped once and a repeated timestamp only bumps the last run, so the log calls are O(1) amortised with at most limit runs
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    tokens_per_sec: u64,
    /// thousandths of a token
    level: u128,
    last_refill_ms: u64,
}

/// New level after `elapsed_ms`, capped: pure, so it is easy to test.
fn refilled_level(level: u128, elapsed_ms: u64, per_sec: u64, capacity: u64) -> u128 {
    let ceiling = u128::from(capacity) * 1000;
    let gained = u128::from(elapsed_ms) * u128::from(per_sec);
    std::cmp::min(level.saturating_add(gained), ceiling)
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let mut bucket = TokenBucket { capacity, tokens_per_sec, level: 0, last_refill_ms: 0 };
        bucket.set_level(u128::from(capacity) * 1000);
        bucket
    }

    pub fn get_capacity(&self) -> u64 {
        self.capacity
    }

    pub fn get_tokens_per_sec(&self) -> u64 {
        self.tokens_per_sec
    }

    fn get_level(&self) -> u128 {
        self.level
    }

    fn set_level(&mut self, level: u128) {
        self.level = level;
    }

    fn sync_clock(&mut self, now_ms: u64) {
        let elapsed = match now_ms.checked_sub(self.last_refill_ms) {
            Some(e) => e,
            None => return, // backwards clock: earn nothing, keep last_refill_ms
        };
        let lvl = refilled_level(self.get_level(), elapsed, self.tokens_per_sec, self.capacity);
        self.set_level(lvl);
        self.last_refill_ms = now_ms;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.sync_clock(now_ms);
        let lvl = self.get_level();
        if lvl < 1000 {
            return false;
        }
        self.set_level(lvl - 1000);
        true
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.sync_clock(now_ms);
        (self.get_level() / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    runs: VecDeque<(u64, usize)>,
    total: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, runs: VecDeque::new(), total: 0 }
    }

    fn slide(&mut self, now_ms: u64) {
        loop {
            let expired = match self.runs.front() {
                Some(&(t, _)) => now_ms - t >= self.window_ms,
                None => false,
            };
            if !expired {
                break;
            }
            if let Some((_, n)) = self.runs.pop_front() {
                self.total -= n;
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.slide(now_ms);
        if self.total >= self.limit {
            return false;
        }
        match self.runs.back_mut() {
            Some(last) if last.0 == now_ms => last.1 += 1,
            _ => self.runs.push_back((now_ms, 1)),
        }
        self.total += 1;
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.slide(now_ms);
        self.total
    }
}
