// A sliding-window log that counts its expired prefix with a `for` that
// stops at the first fresh entry, then drains that prefix from the front
// of a VecDeque: each entry is counted and removed once, O(1) amortised.
// The same count before a Vec's `drain(..k)` is slow: the Vec shifts the
// rest on every call (`slow_prefix_drain_vec.rs`).
// unsure: amortised over many operations
// expect Log::admit: time O(n), space O(1)
// target Log::admit: time O(1), space O(1)
use std::collections::VecDeque;

pub struct Log {
    times: VecDeque<u64>,
    window: u64,
}

impl Log {
    fn expired(&self, now: u64) -> usize {
        let mut count = 0;
        for &t in &self.times {
            if now - t < self.window {
                break;
            }
            count += 1;
        }
        count
    }

    pub fn admit(&mut self, now: u64) {
        let k = self.expired(now);
        self.times.drain(..k);
        self.times.push_back(now);
    }
}
