// A sliding log that expires old entries from the front before each
// request: each entry is popped once, O(1) amortised per request.
// expect Log::admit: time O(1), space O(1)
// expect Log::count_recent: time O(1), space O(1)
// target Log::admit: time O(1) amortised, space O(1)
// target Log::count_recent: time O(1) amortised, space O(1)
use std::collections::VecDeque;
pub struct Log {
    stamps: VecDeque<u64>,
    width: u64,
    cap: usize,
}
impl Log {
    pub fn admit(&mut self, now: u64) -> bool {
        while self.stamps.front().is_some_and(|&t| t + self.width <= now) {
            self.stamps.pop_front();
        }
        if self.stamps.len() < self.cap {
            self.stamps.push_back(now);
            true
        } else {
            false
        }
    }
    pub fn count_recent(&mut self, now: u64) -> usize {
        while let Some(&oldest) = self.stamps.front() {
            if now - oldest < self.width {
                break;
            }
            self.stamps.pop_front();
        }
        self.stamps.len()
    }
}
