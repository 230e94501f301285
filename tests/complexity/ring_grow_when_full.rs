// A ring buffer that doubles when full: the copy on growth runs only after
// as many pushes as it copies, O(1) amortised, like Vec::push.
// unsure: amortised over many operations, a single push can be O(n)
// expect Ring::push: time O(n), space O(1)
// target Ring::push: time O(1), space O(1)
pub struct Ring {
    buf: Vec<u64>,
    head: usize,
    len: usize,
}

impl Ring {
    pub fn push(&mut self, x: u64) {
        if self.len == self.buf.len() {
            let grown = (self.buf.len() * 2).max(1);
            self.buf.rotate_left(self.head);
            self.head = 0;
            self.buf.resize(grown, 0);
        }
        let slot = (self.head + self.len) % self.buf.len();
        self.buf[slot] = x;
        self.len += 1;
    }
}
