// The prefix count of `prefix_scan_then_drain.rs` before a Vec's
// `drain(..k)`: removing a prefix of a Vec shifts everything after it,
// O(n) on every call whatever k is.
// expect Log::admit: time O(n), space O(1)
// target Log::admit: time O(1), space O(1)
pub struct Log {
    times: Vec<u64>,
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
        self.times.push(now);
    }
}
