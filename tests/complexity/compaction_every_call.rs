// A `retain` over the whole window on every call, guarded by a bound that is
// not a multiple (`len >= limit`): once the window is full it runs each
// time, O(n) per call.
// expect Window::hit: time O(n), space O(1)
// target Window::hit: time O(1), space O(1)
pub struct Window {
    stamps: Vec<u64>,
    limit: usize,
}

impl Window {
    pub fn hit(&mut self, now: u64) -> bool {
        if self.stamps.len() >= self.limit {
            self.stamps.retain(|&t| t + 60 > now);
        }
        self.stamps.push(now);
        self.stamps.len() <= self.limit
    }
}
