// learner: optimal
// idiom: SQL stored-procedure developer: a jobs table (Vec indexed by id) with a status column, plus two "indexes": a ready heap on (priority DESC, id ASC) and a waiting heap on not_before
//! A priority job queue with retries, exponential backoff and a dead-letter queue.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JobStatus {
    Queued,
    Running,
    Done,
    Dead,
}

struct JobRow {
    job: Job,
    status: JobStatus,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    tbl_jobs: Vec<JobRow>,
    ix_ready: BinaryHeap<(u32, Reverse<JobId>)>,
    ix_waiting: BinaryHeap<Reverse<(u64, JobId)>>,
    dead_letter: Vec<Job>,
}

fn backoff_for(base: u64, failed_attempt: u32) -> u64 {
    // base * 2^(k-1), saturating
    match 1u64.checked_shl(failed_attempt - 1) {
        Some(factor) => base.saturating_mul(factor),
        None if base == 0 => 0,
        None => u64::MAX,
    }
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            tbl_jobs: Vec::new(),
            ix_ready: BinaryHeap::new(),
            ix_waiting: BinaryHeap::new(),
            dead_letter: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let v_id = self.tbl_jobs.len() as JobId;
        self.tbl_jobs.push(JobRow {
            job: Job { id: v_id, name: name.to_string(), priority, attempts: 0 },
            status: JobStatus::Queued,
        });
        self.ix_ready.push((priority, Reverse(v_id)));
        v_id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // move rows whose backoff has ended into the ready index
        while let Some(&Reverse((v_not_before, v_id))) = self.ix_waiting.peek() {
            if v_not_before > now {
                break;
            }
            self.ix_waiting.pop();
            let v_priority = self.tbl_jobs[v_id as usize].job.priority;
            self.ix_ready.push((v_priority, Reverse(v_id)));
        }
        let (_, Reverse(v_id)) = self.ix_ready.pop()?;
        let row = &mut self.tbl_jobs[v_id as usize];
        row.status = JobStatus::Running;
        row.job.attempts += 1;
        Some(row.job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.tbl_jobs.get_mut(id as usize) {
            Some(row) if row.status == JobStatus::Running => {
                row.status = JobStatus::Done;
                true
            }
            _ => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let row = self.tbl_jobs.get_mut(id as usize)?;
        if row.status != JobStatus::Running {
            return None;
        }
        if row.job.attempts >= self.max_attempts {
            row.status = JobStatus::Dead;
            self.dead_letter.push(row.job.clone());
            return Some(FailOutcome::DeadLettered);
        }
        let v_not_before = now.saturating_add(backoff_for(self.base_backoff, row.job.attempts));
        row.status = JobStatus::Queued;
        self.ix_waiting.push(Reverse((v_not_before, id)));
        Some(FailOutcome::Retry { not_before: v_not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead_letter
    }

    pub fn pending(&self) -> usize {
        self.ix_ready.len() + self.ix_waiting.len()
    }
}
