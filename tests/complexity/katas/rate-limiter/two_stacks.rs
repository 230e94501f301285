// learner: optimal
// idiom: functional-ish: bucket state advanced by a pure fn returning a new (level, last) pair; the log is a queue made of two Vec stacks (push to back, pop from the reversed front stack)
//! Rate limiting: a token bucket and a sliding window log.

#[derive(Debug, Clone)]
pub struct TokenBucket {
    state: (u128, u64),
    cap: u128,
    rate: u128,
}

fn advanced(state: (u128, u64), cap: u128, rate: u128, now: u64) -> (u128, u64) {
    let (level, last) = state;
    match now.checked_sub(last) {
        Some(dt) if dt > 0 => (cap.min(level.saturating_add(dt as u128 * rate)), now),
        _ => state,
    }
}

impl TokenBucket {
    pub fn new(capacity: u64, tokens_per_sec: u64) -> Self {
        let cap = capacity as u128 * 1000;
        TokenBucket { state: (cap, 0), cap, rate: tokens_per_sec as u128 }
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        let (level, last) = advanced(self.state, self.cap, self.rate, now_ms);
        let ok = level >= 1000;
        self.state = (if ok { level - 1000 } else { level }, last);
        ok
    }

    pub fn available(&mut self, now_ms: u64) -> u64 {
        self.state = advanced(self.state, self.cap, self.rate, now_ms);
        (self.state.0 / 1000) as u64
    }
}

#[derive(Debug, Clone)]
pub struct SlidingWindowLog {
    limit: usize,
    window_ms: u64,
    back: Vec<u64>,
    front: Vec<u64>, // oldest on top
}

impl SlidingWindowLog {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        SlidingWindowLog { limit, window_ms, back: Vec::new(), front: Vec::new() }
    }

    fn oldest(&mut self) -> Option<u64> {
        if self.front.is_empty() {
            std::mem::swap(&mut self.front, &mut self.back);
            self.front.reverse();
        }
        self.front.last().copied()
    }

    fn forget_expired(&mut self, now: u64) {
        while let Some(t) = self.oldest() {
            let live = t.checked_add(self.window_ms).map_or(true, |end| end > now);
            if live {
                break;
            }
            self.front.pop();
        }
    }

    fn size(&self) -> usize {
        self.front.len() + self.back.len()
    }

    pub fn try_acquire(&mut self, now_ms: u64) -> bool {
        self.forget_expired(now_ms);
        let room = self.size() < self.limit;
        if room {
            self.back.push(now_ms);
        }
        room
    }

    pub fn in_window(&mut self, now_ms: u64) -> usize {
        self.forget_expired(now_ms);
        self.size()
    }
}
