// learner: optimal
// idiom: RPG IV: a job master "file" keyed by job number (HashMap), a ready queue and a delay queue (BinaryHeap) like two data queues keyed on priority / wake time
// Like a job queue on the box: jobs sit in JOBQ (ready) or are held until
// a time (delayed). Both queues only carry the job number; the job data is
// in the master keyed by number.

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

pub struct Scheduler {
    c_max_att: u32,
    c_base: u64,
    nx_id: JobId,
    pf_jobs: HashMap<JobId, Job>,
    dq_ready: BinaryHeap<(u32, Reverse<JobId>)>,
    dq_delay: BinaryHeap<Reverse<(u64, JobId)>>,
    st_running: HashSet<JobId>,
    ar_dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            c_max_att: if max_attempts == 0 { 1 } else { max_attempts },
            c_base: base_backoff,
            nx_id: 0,
            pf_jobs: HashMap::new(),
            dq_ready: BinaryHeap::new(),
            dq_delay: BinaryHeap::new(),
            st_running: HashSet::new(),
            ar_dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let w_id = self.nx_id;
        self.nx_id += 1;
        self.pf_jobs.insert(w_id, Job { id: w_id, name: name.to_string(), priority, attempts: 0 });
        self.dq_ready.push((priority, Reverse(w_id)));
        w_id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // release the held jobs whose time has come
        while let Some(&Reverse((w_when, w_id))) = self.dq_delay.peek() {
            if w_when > now {
                break;
            }
            self.dq_delay.pop();
            let w_pty = self.pf_jobs[&w_id].priority;
            self.dq_ready.push((w_pty, Reverse(w_id)));
        }

        let (_, Reverse(w_id)) = self.dq_ready.pop()?;
        let w_job = self.pf_jobs.get_mut(&w_id).expect("queued job is in the master");
        w_job.attempts += 1;
        self.st_running.insert(w_id);
        Some(w_job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.st_running.remove(&id) {
            return false;
        }
        self.pf_jobs.remove(&id);
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.st_running.remove(&id) {
            return None;
        }
        let w_att = self.pf_jobs[&id].attempts;
        if w_att >= self.c_max_att {
            let w_job = self.pf_jobs.remove(&id).unwrap();
            self.ar_dead.push(w_job);
            return Some(FailOutcome::DeadLettered);
        }
        let w_mult = 1u64.checked_shl(w_att - 1).unwrap_or(u64::MAX);
        let w_wait = self.c_base.saturating_mul(w_mult);
        let w_when = now.saturating_add(w_wait);
        self.dq_delay.push(Reverse((w_when, id)));
        Some(FailOutcome::Retry { not_before: w_when })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.ar_dead
    }

    pub fn pending(&self) -> usize {
        self.dq_ready.len() + self.dq_delay.len()
    }
}
