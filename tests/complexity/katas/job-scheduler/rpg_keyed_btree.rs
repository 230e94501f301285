// learner: optimal
// idiom: RPG IV: keyed access paths as ordered maps (BTreeMap): SETLL *LOVAL + READ gives the first record by key, like a logical file over the job queue
// Ready jobs: a logical keyed (priority DESCEND, job# ASCEND), so the first
// record is the one to run. Held jobs: a logical keyed (wake time, job#).
// READ the first record, DELETE it.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

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

pub struct Scheduler {
    c_max_att: u32,
    c_base: u64,
    nx_id: JobId,
    lf_ready: BTreeMap<(Reverse<u32>, JobId), Job>,
    lf_held: BTreeMap<(u64, JobId), Job>,
    pf_active: HashMap<JobId, Job>,
    ar_dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            c_max_att: max_attempts.max(1),
            c_base: base_backoff,
            nx_id: 0,
            lf_ready: BTreeMap::new(),
            lf_held: BTreeMap::new(),
            pf_active: HashMap::new(),
            ar_dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let w_id = self.nx_id;
        self.nx_id += 1;
        let w_job = Job { id: w_id, name: name.to_string(), priority, attempts: 0 };
        self.lf_ready.insert((Reverse(priority), w_id), w_job);
        w_id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // SETLL *LOVAL on the held logical, READ while wake time <= now
        loop {
            let w_due = match self.lf_held.first_key_value() {
                Some((&(w_when, _), _)) => w_when <= now,
                None => false,
            };
            if !w_due {
                break;
            }
            let (_, w_job) = self.lf_held.pop_first().unwrap();
            self.lf_ready.insert((Reverse(w_job.priority), w_job.id), w_job);
        }

        let (_, mut w_job) = self.lf_ready.pop_first()?;
        w_job.attempts += 1;
        let w_out = w_job.clone();
        self.pf_active.insert(w_job.id, w_job);
        Some(w_out)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.pf_active.remove(&id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let w_job = self.pf_active.remove(&id)?;
        if w_job.attempts >= self.c_max_att {
            self.ar_dead.push(w_job);
            return Some(FailOutcome::DeadLettered);
        }
        let w_mult = 1u64.checked_shl(w_job.attempts - 1).unwrap_or(u64::MAX);
        let w_when = now.saturating_add(self.c_base.saturating_mul(w_mult));
        self.lf_held.insert((w_when, id), w_job);
        Some(FailOutcome::Retry { not_before: w_when })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.ar_dead
    }

    pub fn pending(&self) -> usize {
        self.lf_ready.len() + self.lf_held.len()
    }
}
