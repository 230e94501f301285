// learner: optimal
// idiom: teenager who learnt programming in Scratch: count tokens in thousandths (no decimals!) in a big u128 variable, and a queue of times where old ones fall off the front
//! Two rate limiters with an injected clock: a token bucket and a sliding
//! window log. `now_ms` is milliseconds on any monotonic clock.

use std::collections::VecDeque;

// one whole token = 1000 little pieces, so fractions are whole numbers
const PIECES_PER_TOKEN: u128 = 1000;

#[derive(Debug, Clone)]
pub struct TokenBucket {
    most_pieces: u128,
    pieces_per_ms: u128,
    pieces: u128,
    last_time: u64,
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let most_pieces = capacity as u128 * PIECES_PER_TOKEN;
        TokenBucket {
            most_pieces,
            // tokens_per_sec tokens per 1000 ms = tokens_per_sec pieces every ms
            pieces_per_ms: tokens_per_sec as u128,
            pieces: most_pieces, // starts full
            last_time: 0,
        }
    }

    // add the pieces earned since last time
    fn refill(&mut self, now_ms: u64) {
        if now_ms <= self.last_time {
            return; // time went backwards (or stood still): nothing new
        }
        let waited = (now_ms - self.last_time) as u128;
        self.pieces = self.pieces.saturating_add(waited * self.pieces_per_ms);
        if self.pieces > self.most_pieces {
            self.pieces = self.most_pieces;
        }
        self.last_time = now_ms;
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.pieces >= PIECES_PER_TOKEN {
            self.pieces -= PIECES_PER_TOKEN;
            true
        } else {
            false
        }
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.refill(now_ms);
        (self.pieces / PIECES_PER_TOKEN) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    times: VecDeque<u64>,
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, times: VecDeque::new() }
    }

    // throw away the times that are too old now
    fn forget_old(&mut self, now_ms: u64) {
        while let Some(&oldest) = self.times.front() {
            if now_ms - oldest >= self.window_ms {
                self.times.pop_front();
            } else {
                break; // the rest are newer
            }
        }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget_old(now_ms);
        if self.times.len() < self.limit {
            self.times.push_back(now_ms);
            true
        } else {
            false
        }
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget_old(now_ms);
        self.times.len()
    }
}
