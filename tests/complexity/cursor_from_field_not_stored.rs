// The slow counterpart: the cursor starts from the stored head but is
// never stored back, so every call walks the expired prefix again.
// expect Window::record: time O(n), space O(1)
// slow: every call rescans from the same head
// target Window::record: time O(1), space O(1)
pub struct Window {
    stamps: Vec<u64>,
    head: usize,
    span: u64,
}

impl Window {
    pub fn record(&mut self, now: u64) -> usize {
        self.stamps.push(now);
        let end = self.stamps.len();
        let mut i = self.head;
        while i < end && now - self.stamps[i] > self.span {
            i += 1;
        }
        end - i
    }
}
