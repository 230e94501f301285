// A backoff doubled once per earlier attempt: the loop runs as often as
// one job's attempt count says (`jobs[i].attempts`), a value stored in one
// element, not the number of jobs. Its bound is only an upper bound.
// unsure: the count is a value of one record, not a size of the input
// expect Sched::delay: time O(n), space O(1)
// target Sched::delay: time O(log n), space O(1)
pub struct Job {
    attempts: u32,
}
pub struct Sched {
    jobs: Vec<Job>,
    base: u64,
}
impl Sched {
    pub fn delay(&self, id: usize) -> u64 {
        let k = self.jobs[id].attempts;
        let mut wait = self.base;
        let mut step = 1;
        while step < k && wait != u64::MAX {
            wait = wait.saturating_mul(2);
            step += 1;
        }
        wait
    }
}
