// A ring buffer of failure times: expired entries leave from the head,
// each once.
// expect Breaker::record_failure: time O(1), space O(1)
// target Breaker::record_failure: time O(1), space O(1)
pub struct Breaker {
    times: Vec<u64>,
    head: usize,
    len: usize,
    window: u64,
}
impl Breaker {
    pub fn record_failure(&mut self, now: u64) -> bool {
        while self.len > 0 && self.times[self.head] + self.window <= now {
            self.head = (self.head + 1) % self.times.len();
            self.len -= 1;
        }
        let slot = (self.head + self.len) % self.times.len();
        self.times[slot] = now;
        self.len += 1;
        self.len == self.times.len()
    }
}
