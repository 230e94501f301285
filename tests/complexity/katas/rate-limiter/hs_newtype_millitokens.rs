// learner: optimal
// idiom: Haskell-flavoured: newtypes MilliTokens/Millis, pure refill function returning a new state, while-let pop with pattern guard, bool::then for acceptance
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

use std::collections::VecDeque;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct MilliTokens(u128);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Millis(u64);

const ONE: MilliTokens = MilliTokens(1000);

#[derive(Debug, Clone)]
pub struct TokenBucket {
    full: MilliTokens,
    per_ms: u128,
    level: MilliTokens,
    at: Millis,
}

/// refill :: Bucket -> Millis -> (level, clock)
fn refilled(b: &TokenBucket, now: Millis) -> (MilliTokens, Millis) {
    match now > b.at {
        true => {
            let MilliTokens(l) = b.level;
            let gained = u128::from(now.0 - b.at.0).saturating_mul(b.per_ms);
            (MilliTokens(l.saturating_add(gained)).min(b.full), now)
        }
        false => (b.level, b.at),
    }
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let full = MilliTokens(u128::from(capacity) * 1000);
        TokenBucket { full, per_ms: u128::from(tokens_per_sec), level: full, at: Millis(0) }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let (MilliTokens(l), at) = refilled(self, Millis(now_ms));
        self.at = at;
        match l.checked_sub(ONE.0) {
            Some(rest) => {
                self.level = MilliTokens(rest);
                true
            }
            None => {
                self.level = MilliTokens(l);
                false
            }
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        let (level, at) = refilled(self, Millis(now_ms));
        self.level = level;
        self.at = at;
        (level.0 / ONE.0) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    width: u64,
    accepted: VecDeque<Millis>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, width: window_ms, accepted: VecDeque::with_capacity(limit.min(1 << 16)) }
    }

    fn forget(&mut self, Millis(now): Millis) {
        while let Some(&Millis(t)) = self.accepted.front() {
            match now.saturating_sub(t) >= self.width {
                true => {
                    self.accepted.pop_front();
                }
                false => break,
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget(Millis(now_ms));
        let room = self.accepted.len() < self.limit;
        room.then(|| self.accepted.push_back(Millis(now_ms))).is_some()
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget(Millis(now_ms));
        self.accepted.len()
    }
}
