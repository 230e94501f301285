// Expiry written as a free helper that gets the window `&mut`: it drains the
// caller's structure from the front, each entry once, as a method draining
// its own field would: O(1) amortised per call.
// expect Breaker::fail: time O(1), space O(1)
// target Breaker::fail: time O(1), space O(1)
use std::collections::VecDeque;

fn expire(failures: &mut VecDeque<u64>, now: u64, window: u64) {
    while let Some(&t) = failures.front() {
        if t + window <= now {
            failures.pop_front();
        } else {
            break;
        }
    }
}

pub struct Breaker {
    failures: VecDeque<u64>,
    window: u64,
}

impl Breaker {
    pub fn fail(&mut self, now: u64) {
        expire(&mut self.failures, now, self.window);
        self.failures.push_back(now);
    }
}
