// learner: optimal
// idiom: Spring-style: settings/state sub-structs, Option chains for refill, Vec log with a moving head index and amortised drain compaction
#[derive(Debug, Clone)]
struct BucketSettings {
    capacity: u64,
    tokens_per_sec: u64,
}

#[derive(Debug, Clone)]
struct BucketState {
    milli_tokens: u128,
    last_seen_ms: u64,
}

#[derive(Debug, Clone)]
pub struct TokenBucket {
    settings: BucketSettings,
    state: BucketState,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let settings = BucketSettings { capacity, tokens_per_sec };
        let state = BucketState { milli_tokens: Self::to_milli(capacity), last_seen_ms: 0 };
        Self { settings, state }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.sync_to(now_ms);
        self.state
            .milli_tokens
            .checked_sub(1000)
            .map(|rest| self.state.milli_tokens = rest)
            .is_some()
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.sync_to(now_ms);
        u64::try_from(self.state.milli_tokens / 1000).unwrap_or(u64::MAX)
    }

    fn to_milli(tokens: u64) -> u128 {
        u128::from(tokens) * 1000
    }

    fn sync_to(&mut self, now_ms: u64) {
        let ceiling = Self::to_milli(self.settings.capacity);
        let rate = u128::from(self.settings.tokens_per_sec);
        if let Some(elapsed) = now_ms.checked_sub(self.state.last_seen_ms) {
            let refilled = self.state.milli_tokens.saturating_add(u128::from(elapsed) * rate);
            self.state.milli_tokens = refilled.min(ceiling);
            self.state.last_seen_ms = now_ms;
        }
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    timestamps: Vec<u64>,
    first_live: usize,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        Self { limit, window_ms, timestamps: Vec::new(), first_live: 0 }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.advance_head(now_ms);
        if self.live_count() >= self.limit {
            return false;
        }
        self.timestamps.push(now_ms);
        true
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.advance_head(now_ms);
        self.live_count()
    }

    fn live_count(&self) -> usize {
        self.timestamps.len() - self.first_live
    }

    fn advance_head(&mut self, now_ms: u64) {
        while let Some(&stamp) = self.timestamps.get(self.first_live) {
            if now_ms - stamp < self.window_ms {
                break;
            }
            self.first_live += 1;
        }
        self.compact_if_mostly_dead();
    }

    /// Drop the dead prefix once it is at least half of the buffer: each entry is
    /// moved at most once per halving, so the cost stays O(1) amortised.
    fn compact_if_mostly_dead(&mut self) {
        if self.first_live > 32 && self.first_live * 2 >= self.timestamps.len() {
            self.timestamps.drain(..self.first_live);
            self.first_live = 0;
        }
    }
}
