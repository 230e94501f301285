// learner: slow
// why: SlidingWindowLog::try_acquire is O(limit) time, target O(1) amortised: the log is rebuilt with filter/collect on every request
//! Two rate limiters with an injected clock: a token bucket and a sliding window log.

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
    accepted: Vec<Millis>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, width: window_ms, accepted: Vec::new() }
    }

    /// live now = filter (\t -> now - t < width)
    fn live(&self, Millis(now): Millis) -> Vec<Millis> {
        self.accepted.iter().copied().filter(|&Millis(t)| now.saturating_sub(t) < self.width).collect()
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let mut kept = self.live(Millis(now_ms));
        let ok = kept.len() < self.limit;
        if ok {
            kept.push(Millis(now_ms));
        }
        self.accepted = kept;
        ok
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.accepted = self.live(Millis(now_ms));
        self.accepted.len()
    }
}
