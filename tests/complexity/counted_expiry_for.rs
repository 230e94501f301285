// Expiry written as a counted `for` over the log's length, each round either
// stopping at a fresh entry or popping the oldest: every timestamp is
// removed once, O(1) amortised, as the `while` form is.
// expect Breaker::on_failure: time O(1), space O(1)
// target Breaker::on_failure: time O(1), space O(1)
use std::collections::VecDeque;

pub struct Breaker {
    failures: VecDeque<u64>,
    window: u64,
}

impl Breaker {
    pub fn on_failure(&mut self, now: u64) {
        self.failures.push_back(now);
        for _ in 0..self.failures.len() {
            let oldest = self.failures[0];
            if now - oldest <= self.window {
                break;
            }
            self.failures.pop_front();
        }
    }
}
