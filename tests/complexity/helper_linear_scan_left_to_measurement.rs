// A helper that scans the structure's log, called on every operation: the
// helper is priced on its own parameters (here, rightly, the whole log),
// and the class exceeds the target by a factor of n, which the measured
// growth sees; what the walk cannot see from here (a guard inside the
// helper, a record's short field passed in) made such derivations wrong
// on learners' correct code, so the measurement decides.
// expect Window::admit: time O(n), space O(1)
// target Window::admit: time O(1), space O(1)
// unsure: the O(n) is the helper's, priced on its own parameters; the measurement sees a factor of n
pub struct Window {
    times: Vec<u64>,
    width: u64,
    limit: usize,
}

impl Window {
    fn live(&self, now: u64) -> usize {
        let mut count = 0;
        for &t in &self.times {
            if now - t < self.width {
                count += 1;
            }
        }
        count
    }

    pub fn admit(&mut self, now: u64) -> bool {
        if self.live(now) >= self.limit {
            return false;
        }
        self.times.push(now);
        true
    }
}
