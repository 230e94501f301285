// A hand-written ring buffer that doubles when full: the copy into a
// buffer twice the size runs only when the count reaches the length, so by
// the doubling argument it is O(1) amortised per push, like
// `VecDeque::push_back`. The walk prices the copy; it is only an upper bound.
// unsure: the doubling argument is amortised over many pushes
// expect Ring::push: time O(n), space O(n)
// target Ring::push: time O(1), space O(1)
pub struct Ring {
    buf: Vec<u64>,
    head: usize,
    cnt: usize,
}

impl Ring {
    pub fn push(&mut self, t: u64) {
        let cap = self.buf.len();
        if self.cnt == cap {
            let mut grown = vec![0u64; 2 * cap];
            for k in 0..self.cnt {
                grown[k] = self.buf[(self.head + k) % cap];
            }
            self.buf = grown;
            self.head = 0;
        }
        let cap = self.buf.len();
        self.buf[(self.head + self.cnt) % cap] = t;
        self.cnt += 1;
    }
}
