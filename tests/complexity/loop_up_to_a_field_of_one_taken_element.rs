// A loop up to a field of one element taken out of a collection by key
// (`let job = self.running.remove(&id)?; while k < job.attempts { .. }`):
// the bound is a value stored in that job (its attempt count), not a size
// of the collection, so the loop's count is only an upper bound.
// expect Scheduler::fail: time O(n), space O(1)
// target Scheduler::fail: time O(log n), space O(1)
// unsure: the count is one job's attempts, not the number of jobs
use std::collections::HashMap;

pub struct Job {
    pub attempts: u32,
}

pub struct Scheduler {
    running: HashMap<u64, Job>,
    base: u64,
    waiting: Vec<(u64, Job)>,
}

impl Scheduler {
    pub fn fail(&mut self, id: u64, now: u64) -> Option<u64> {
        let job = self.running.remove(&id)?;
        let mut wait = self.base;
        let mut k = 1;
        while k < job.attempts && wait != u64::MAX {
            wait = wait.saturating_mul(2);
            k += 1;
        }
        let wake = now.saturating_add(wait);
        self.waiting.push((wake, job));
        Some(wake)
    }
}
