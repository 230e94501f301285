// A `while let` written out as `loop { let t = match q.front() { Some(t)
// => *t, None => break }; … }` is judged as the `while let`; the deque it
// drains is borrowed out of `self` by a match on the state, so each
// timestamp is popped once over all calls: O(1) amortised.
// expect Breaker::record: time O(1), space O(1)
// target Breaker::record: time O(1), space O(1)
use std::collections::VecDeque;

pub enum State {
    Closed { failures: VecDeque<u64> },
    Open { since: u64 },
}

pub struct Breaker {
    state: State,
    window: u64,
}

impl Breaker {
    pub fn record(&mut self, now: u64) -> usize {
        match &mut self.state {
            State::Closed { failures } => {
                failures.push_back(now);
                loop {
                    let oldest = match failures.front() {
                        Some(t) => *t,
                        None => break,
                    };
                    if now - oldest > self.window {
                        failures.pop_front();
                    } else {
                        break;
                    }
                }
                failures.len()
            }
            State::Open { since } => *since as usize,
        }
    }
}
