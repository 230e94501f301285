// learner: optimal
// idiom: TS-style: HashMap<JobId, Job> store, HashSet of running ids, two std heaps of ids, small helper fns, Option chains
/// Jobs are numbered 0, 1, 2, ... in submission order.
pub type JobId = u64;

/// A job as handed to a worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: JobId,
    pub name: String,
    /// Larger runs first.
    pub priority: u32,
    /// How many times the job has been handed out, this time included.
    pub attempts: u32,
}

/// What `fail` did with a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOutcome {
    /// Re-queued; it will not be handed out before this time.
    Retry { not_before: u64 },
    /// Out of attempts: moved to the dead-letter queue.
    DeadLettered,
}

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    jobs: HashMap<JobId, Job>,
    running: HashSet<JobId>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    backing_off: BinaryHeap<Reverse<(u64, JobId)>>,
    dead: Vec<Job>,
}

fn backoff(base: u64, failed_attempts: u32) -> u64 {
    let factor = 2u64.checked_pow(failed_attempts - 1).unwrap_or(u64::MAX);
    base.saturating_mul(factor)
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Self {
            max_attempts: max_attempts.max(1),
            base_backoff,
            next_id: 0,
            jobs: HashMap::new(),
            running: HashSet::new(),
            ready: BinaryHeap::new(),
            backing_off: BinaryHeap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.jobs.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.ready.push((priority, Reverse(id)));
        id
    }

    fn wake_up_due_jobs(&mut self, now: u64) {
        while self.backing_off.peek().map_or(false, |Reverse((when, _))| *when <= now) {
            if let Some(Reverse((_, id))) = self.backing_off.pop() {
                let priority = self.jobs.get(&id).map(|job| job.priority).unwrap_or_default();
                self.ready.push((priority, Reverse(id)));
            }
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.wake_up_due_jobs(now);
        let (_, Reverse(id)) = self.ready.pop()?;
        let job = self.jobs.get_mut(&id)?;
        job.attempts += 1;
        self.running.insert(id);
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let was_running = self.running.remove(&id);
        if was_running {
            self.jobs.remove(&id);
        }
        was_running
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let attempts = self.jobs.get(&id)?.attempts;
        if attempts >= self.max_attempts {
            let job = self.jobs.remove(&id)?;
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(backoff(self.base_backoff, attempts));
        self.backing_off.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        self.dead.as_slice()
    }

    pub fn pending(&self) -> usize {
        self.jobs.len() - self.running.len()
    }
}
