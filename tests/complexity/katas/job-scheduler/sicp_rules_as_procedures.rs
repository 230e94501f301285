// learner: optimal
// idiom: SICP student; HashMap of jobs + HashSet of running ids, each rule of the spec its own little procedure (backoff-delay, ready-entry, promote-due), backoff power computed by a tail-style accumulator loop
//! A priority job queue with retries, exponential backoff and a dead-letter queue.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

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


/// 2^(k-1), saturating: doubling with an accumulator, stopping once it saturates.
fn power_of_two_saturating(k: u32) -> u64 {
    if k >= 64 {
        u64::MAX
    } else {
        1u64 << k
    }
}

fn backoff_delay(base: u64, attempt: u32) -> u64 {
    base.saturating_mul(power_of_two_saturating(attempt - 1))
}

fn ready_entry(job: &Job) -> (u32, Reverse<JobId>) {
    (job.priority, Reverse(job.id))
}

fn out_of_attempts(job: &Job, max_attempts: u32) -> bool {
    job.attempts >= max_attempts
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    jobs: HashMap<JobId, Job>,
    running: HashSet<JobId>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    waiting: BinaryHeap<Reverse<(u64, JobId)>>,
    graveyard: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            base_backoff,
            next_id: 0,
            jobs: HashMap::new(),
            running: HashSet::new(),
            ready: BinaryHeap::new(),
            waiting: BinaryHeap::new(),
            graveyard: Vec::new(),
        }
    }

    fn fresh_id(&mut self) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn due(&self, now: u64) -> bool {
        matches!(self.waiting.peek(), Some(Reverse((t, _))) if *t <= now)
    }

    fn promote_due(&mut self, now: u64) {
        while self.due(now) {
            if let Some(Reverse((_, id))) = self.waiting.pop() {
                let entry = ready_entry(&self.jobs[&id]);
                self.ready.push(entry);
            }
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.fresh_id();
        let job = Job { id, name: name.to_string(), priority, attempts: 0 };
        self.ready.push(ready_entry(&job));
        self.jobs.insert(id, job);
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.promote_due(now);
        let (_, Reverse(id)) = self.ready.pop()?;
        let job = self.jobs.get_mut(&id)?;
        job.attempts += 1;
        self.running.insert(id);
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if self.running.remove(&id) {
            self.jobs.remove(&id);
            true
        } else {
            false
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        if out_of_attempts(&self.jobs[&id], self.max_attempts) {
            let job = self.jobs.remove(&id)?;
            self.graveyard.push(job);
            Some(FailOutcome::DeadLettered)
        } else {
            let attempts = self.jobs[&id].attempts;
            let not_before = now.saturating_add(backoff_delay(self.base_backoff, attempts));
            self.waiting.push(Reverse((not_before, id)));
            Some(FailOutcome::Retry { not_before })
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.graveyard
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
