// Removing a prefix of a Vec with `drain(..k)` shifts everything after it:
// O(n) per call, whatever k is (a VecDeque's `drain(..k)` is O(k)).
// expect Window::expire: time O(n), space O(1)
// target Window::expire: time O(1), space O(1)
pub struct Window {
    stamps: Vec<u64>,
}

impl Window {
    pub fn expire(&mut self, cut: usize) {
        self.stamps.drain(..cut);
    }
}
