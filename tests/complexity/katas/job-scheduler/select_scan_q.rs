// learner: slow
// idiom: q/kdb+ quant: one queue table (job; wake) and `next` is a select: filter wake<=now, then the row with max priority / min id, then delete that row
// why: Scheduler::next is O(n) per call (scans every queued row, then Vec::remove shifts) vs the O(log n) amortised target, so draining n jobs is O(n^2); complete/fail also search the running list linearly (O(r) for r running jobs, vs O(1) expected / O(log n)); submit is an O(1) push
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

pub type JobId = u64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: JobId,
    pub name: String,
    pub priority: u32,
    pub attempts: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOutcome {
    Retry { not_before: u64 },
    DeadLettered,
}
use std::collections::HashSet;

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    q: Vec<(Job, u64)>,
    running: HashSet<JobId>,
    held: Vec<Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler { max_attempts: max_attempts.max(1), base_backoff, next_id: 0, q: vec![], running: HashSet::new(), held: vec![], dead: vec![] }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.q.push((Job { id, name: name.into(), priority, attempts: 0 }, 0));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // select first from q where wake<=now, (desc priority; asc id)
        let (i, _) = self
            .q
            .iter()
            .enumerate()
            .filter(|(_, (_, wake))| *wake <= now)
            .min_by_key(|(_, (j, _))| (std::cmp::Reverse(j.priority), j.id))?;
        let (mut job, _) = self.q.remove(i);
        job.attempts += 1;
        self.running.insert(job.id);
        self.held.push(job.clone());
        Some(job)
    }

    fn take_running(&mut self, id: JobId) -> Option<Job> {
        if !self.running.remove(&id) {
            return None;
        }
        let i = self.held.iter().position(|j| j.id == id)?;
        Some(self.held.swap_remove(i))
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.take_running(id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let job = self.take_running(id)?;
        if job.attempts >= self.max_attempts {
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let pow = 1u64.checked_shl(job.attempts - 1).unwrap_or(u64::MAX);
        let wake = now.saturating_add(self.base_backoff.saturating_mul(pow));
        self.q.push((job, wake));
        Some(FailOutcome::Retry { not_before: wake })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.q.len()
    }
}
