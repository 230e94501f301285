// A retry by recursion: each call passes the attempt counter one step
// nearer `max`, a limit that is not a constant, so the stack holds one frame
// per attempt: O(attempts) space where a loop needs O(1).
// expect Retry::call: time O(n), space O(n)
// target Retry::call: time O(n), space O(1)
pub struct Retry {
    max_attempts: u32,
}

impl Retry {
    fn attempt(&mut self, work: &mut impl FnMut() -> bool, n: u32) -> bool {
        let max = self.max_attempts;
        if work() {
            true
        } else if n >= max {
            false
        } else {
            self.attempt(work, n + 1)
        }
    }

    pub fn call(&mut self, work: &mut impl FnMut() -> bool) -> bool {
        self.attempt(work, 1)
    }
}
