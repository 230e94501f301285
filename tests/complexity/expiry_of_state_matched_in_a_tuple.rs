// The deque is borrowed out of `self` by a match on a tuple (`match (&mut
// self.phase, trial) { (Phase::Closed { failures }, false) => … }`): the
// part of the tuple that borrows from `self` binds it, so what the
// `while let` drains was filled by earlier calls: O(1) amortised.
// expect Breaker::on_failure: time O(1), space O(1)
// target Breaker::on_failure: time O(1), space O(1)
use std::collections::VecDeque;

enum Phase {
    Closed { failures: VecDeque<u64> },
    Open { since: u64 },
}

pub struct Breaker {
    phase: Phase,
    window: u64,
}

impl Breaker {
    pub fn on_failure(&mut self, now: u64, trial: bool) -> bool {
        let open = match (&mut self.phase, trial) {
            (Phase::Closed { failures }, false) => {
                failures.push_back(now);
                while let Some(&oldest) = failures.front() {
                    if now - oldest > self.window {
                        failures.pop_front();
                    } else {
                        break;
                    }
                }
                failures.len() >= 3
            }
            (Phase::Closed { .. }, true) | (Phase::Open { .. }, _) => false,
        };
        if open {
            self.phase = Phase::Open { since: now };
        }
        open
    }
}
