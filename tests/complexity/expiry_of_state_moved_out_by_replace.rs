// The state is moved out of `self` for the time of the method
// (`match (mem::replace(&mut self.phase, Phase::Trial), trial)`) and the
// next state stored back: the deque the arm binds is the structure's own,
// filled by earlier calls, so draining its expired front is O(1)
// amortised, written as a `while` on `front().is_some_and(..)` too.
// expect Breaker::on_failure: time O(1), space O(1)
// target Breaker::on_failure: time O(1), space O(1)
use std::collections::VecDeque;
use std::mem;

enum Phase {
    Closed { failures: VecDeque<u64> },
    Open { since: u64 },
    Trial,
}

pub struct Breaker {
    phase: Phase,
    window: u64,
}

impl Breaker {
    pub fn on_failure(&mut self, now: u64, trial: bool) {
        let window = self.window;
        let next = match (mem::replace(&mut self.phase, Phase::Trial), trial) {
            (Phase::Trial, true) => Phase::Open { since: now },
            (Phase::Closed { mut failures }, false) => {
                while failures.front().is_some_and(|&t| now - t > window) {
                    failures.pop_front();
                }
                failures.push_back(now);
                if failures.len() >= 3 {
                    Phase::Open { since: now }
                } else {
                    Phase::Closed { failures }
                }
            }
            (unchanged, _) => unchanged,
        };
        self.phase = next;
    }
}
