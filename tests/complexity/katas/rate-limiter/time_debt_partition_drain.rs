// learner: slow
// idiom: TypeScript/Node backend developer: the bucket stores its deficit from full in scaled units (GCRA-style) instead of a token count, the log drops expired entries with partition_point + drain
// why: SlidingWindowLog::try_acquire and in_window are O(log limit) per call (a binary search over the log every call, plus the amortised drain) vs the O(1) amortised target; written as "optimal" first, the binary search is the learner's slip
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

use std::collections::VecDeque;

/// Time is kept in ms * tokensPerSec units, so one token costs exactly 1000 of them.
const COST: u128 = 1_000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    tokensPerSec: u128,
    burstUnits: u128,
    /// How many units the bucket is short of full, as of `lastSeenMs`.
    deficit: u128,
    lastSeenMs: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        Self {
            tokensPerSec: u128::from(tokens_per_sec),
            burstUnits: u128::from(capacity) * COST,
            deficit: 0,
            lastSeenMs: 0,
        }
    }

    fn catchUp(&mut self, nowMs: u64) {
        let elapsed = nowMs.saturating_sub(self.lastSeenMs);
        self.lastSeenMs = self.lastSeenMs.max(nowMs);
        self.deficit = self.deficit.saturating_sub(u128::from(elapsed) * self.tokensPerSec);
    }

    fn unitsAvailable(&self) -> u128 {
        self.burstUnits - self.deficit
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.catchUp(now_ms);
        let ok = self.unitsAvailable() >= COST;
        if ok {
            self.deficit += COST;
        }
        ok
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.catchUp(now_ms);
        (self.unitsAvailable() / COST) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    windowMs: u64,
    timestamps: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { limit, windowMs: window_ms, timestamps: VecDeque::new() }
    }

    fn dropExpired(&mut self, nowMs: u64) {
        let expired = self
            .timestamps
            .partition_point(|&t| nowMs - t >= self.windowMs);
        self.timestamps.drain(..expired);
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.dropExpired(now_ms);
        let hasRoom = self.timestamps.len() < self.limit;
        if hasRoom {
            self.timestamps.push_back(now_ms);
        }
        hasRoom
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.dropExpired(now_ms);
        self.timestamps.len()
    }
}
