// learner: optimal
// idiom: SQL stored-procedure developer: two ordered indexes as BTreeSets (ready on (priority DESC, id), waiting on (not_before, id)) with pop_first, job rows in a HashMap keyed by id, a running flag set
//! A priority job queue with retries, exponential backoff and a dead-letter queue.

use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap, HashSet};

/// Jobs are numbered 0, 1, 2, ... in submission order.
pub type JobId = u64;

/// A job as handed to a worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: JobId,
    pub name: String,
    pub priority: u32,
    pub attempts: u32,
}

/// What `fail` did with a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOutcome {
    Retry { not_before: u64 },
    DeadLettered,
}

pub struct Scheduler {
    cfg_max_attempts: u32,
    cfg_base_backoff: u64,
    seq_job_id: JobId,
    tbl_job: HashMap<JobId, Job>,
    ix_ready: BTreeSet<(Reverse<u32>, JobId)>,
    ix_waiting: BTreeSet<(u64, JobId)>,
    set_running: HashSet<JobId>,
    tbl_dead_letter: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            cfg_max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            cfg_base_backoff: base_backoff,
            seq_job_id: 0,
            tbl_job: HashMap::new(),
            ix_ready: BTreeSet::new(),
            ix_waiting: BTreeSet::new(),
            set_running: HashSet::new(),
            tbl_dead_letter: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let new_id = self.seq_job_id;
        self.seq_job_id += 1;
        self.tbl_job.insert(new_id, Job { id: new_id, name: name.to_owned(), priority, attempts: 0 });
        self.ix_ready.insert((Reverse(priority), new_id));
        new_id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // UPDATE: waiting rows with not_before <= @now become ready
        while let Some(&(not_before, job_id)) = self.ix_waiting.first() {
            if not_before > now {
                break;
            }
            self.ix_waiting.pop_first();
            let priority = self.tbl_job[&job_id].priority;
            self.ix_ready.insert((Reverse(priority), job_id));
        }
        let (_, job_id) = self.ix_ready.pop_first()?;
        let job = self.tbl_job.get_mut(&job_id).expect("indexed job exists");
        job.attempts += 1;
        self.set_running.insert(job_id);
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.set_running.remove(&id) {
            return false;
        }
        self.tbl_job.remove(&id);
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.set_running.remove(&id) {
            return None;
        }
        let attempts = self.tbl_job[&id].attempts;
        if attempts >= self.cfg_max_attempts {
            let job = self.tbl_job.remove(&id).expect("running job exists");
            self.tbl_dead_letter.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let shift = attempts - 1;
        let delay = if shift >= 64 {
            if self.cfg_base_backoff == 0 { 0 } else { u64::MAX }
        } else {
            self.cfg_base_backoff.saturating_mul(1u64 << shift)
        };
        let not_before = now.saturating_add(delay);
        self.ix_waiting.insert((not_before, id));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.tbl_dead_letter
    }

    pub fn pending(&self) -> usize {
        self.ix_ready.len() + self.ix_waiting.len()
    }
}
