// A head index kept in the structure: each call starts from it, moves it
// past expired entries and stores it back, so every index is passed once
// over the structure's life (as `pop_front` would): O(1) amortised.
// expect Window::record: time O(n), space O(1)
// unsure: the cursor resumes from where the last call stored it
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
        self.head = i;
        end - self.head
    }
}
