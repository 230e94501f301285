// A VecDeque's `drain(..k)` pops k elements from the front: nothing shifts.
// expect Window::expire: time O(1), space O(1)
// target Window::expire: time O(1), space O(1)
use std::collections::VecDeque;

pub struct Window {
    stamps: VecDeque<u64>,
}

impl Window {
    pub fn expire(&mut self, cut: usize) {
        self.stamps.drain(..cut);
    }
}
