// learner: optimal
// idiom: Haskell-convert: match-heavy, whole tokens plus a sub-token remainder, checked arithmetic with explicit fallbacks, loop/match expiry
use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    bucket_capacity: u64,
    tokens_per_second: u64,
    whole_tokens: u64,
    partial_thousandths: u64,
    previous_timestamp_ms: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        TokenBucket {
            bucket_capacity: capacity,
            tokens_per_second: tokens_per_sec,
            whole_tokens: capacity,
            partial_thousandths: 0,
            previous_timestamp_ms: 0,
        }
    }

    fn advance_clock(&mut self, now_ms: u64) {
        let elapsed_ms = match now_ms.checked_sub(self.previous_timestamp_ms) {
            Some(0) | None => return,
            Some(elapsed) => elapsed,
        };
        self.previous_timestamp_ms = now_ms;
        if self.whole_tokens >= self.bucket_capacity {
            self.partial_thousandths = 0;
            return;
        }
        let earned_thousandths = (elapsed_ms as u128) * (self.tokens_per_second as u128)
            + self.partial_thousandths as u128;
        let earned_whole = earned_thousandths / 1000;
        let leftover_thousandths = (earned_thousandths % 1000) as u64;
        let room_left = (self.bucket_capacity - self.whole_tokens) as u128;
        match earned_whole.cmp(&room_left) {
            std::cmp::Ordering::Less => {
                self.whole_tokens += earned_whole as u64;
                self.partial_thousandths = leftover_thousandths;
            }
            _ => {
                self.whole_tokens = self.bucket_capacity;
                self.partial_thousandths = 0;
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.advance_clock(now_ms);
        match self.whole_tokens {
            0 => false,
            _ => {
                self.whole_tokens -= 1;
                true
            }
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.advance_clock(now_ms);
        self.whole_tokens
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    request_limit: usize,
    window_duration_ms: u64,
    accepted_timestamps: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog {
            request_limit: limit,
            window_duration_ms: window_ms,
            accepted_timestamps: VecDeque::with_capacity(limit.min(1 << 16)),
        }
    }

    fn drop_stale_entries(&mut self, now_ms: u64) {
        loop {
            match self.accepted_timestamps.front() {
                Some(&oldest) if now_ms - oldest >= self.window_duration_ms => {
                    self.accepted_timestamps.pop_front();
                }
                _ => break,
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.drop_stale_entries(now_ms);
        match self.accepted_timestamps.len() < self.request_limit {
            true => {
                self.accepted_timestamps.push_back(now_ms);
                true
            }
            false => false,
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.drop_stale_entries(now_ms);
        self.accepted_timestamps.len()
    }
}
