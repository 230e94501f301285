// learner: slow
// idiom: RPG IV: keep the queue array in run order with SORTA after every submit and every retry, next() takes from the front
// why: every submit and every fail re-sorts the whole queue (O(n log n) each), and next deletes entry 1 by shifting the array (O(n)): O(n^2 log n) to fill and drain n jobs
// Sorted descending on priority, ascending on job number, so entry 1 is the
// next to run (unless it is still held: then look further down).

use std::collections::HashMap;

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
    ar_q: Vec<(Job, u64)>, // job, not-before time
    pf_run: HashMap<JobId, Job>,
    ar_dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            c_max_att: if max_attempts == 0 { 1 } else { max_attempts },
            c_base: base_backoff,
            nx_id: 0,
            ar_q: Vec::new(),
            pf_run: HashMap::new(),
            ar_dead: Vec::new(),
        }
    }

    fn sorta(&mut self) {
        self.ar_q.sort_by(|a, b| b.0.priority.cmp(&a.0.priority).then(a.0.id.cmp(&b.0.id)));
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let w_id = self.nx_id;
        self.nx_id += 1;
        self.ar_q.push((Job { id: w_id, name: name.to_string(), priority, attempts: 0 }, 0));
        self.sorta();
        w_id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut ix: usize = 0;
        while ix < self.ar_q.len() {
            if self.ar_q[ix].1 <= now {
                let (mut w_job, _) = self.ar_q.remove(ix);
                w_job.attempts += 1;
                self.pf_run.insert(w_job.id, w_job.clone());
                return Some(w_job);
            }
            ix += 1;
        }
        None
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.pf_run.remove(&id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let w_job = self.pf_run.remove(&id)?;
        if w_job.attempts >= self.c_max_att {
            self.ar_dead.push(w_job);
            return Some(FailOutcome::DeadLettered);
        }
        let w_mult = 1u64.checked_shl(w_job.attempts - 1).unwrap_or(u64::MAX);
        let w_when = now.saturating_add(self.c_base.saturating_mul(w_mult));
        self.ar_q.push((w_job, w_when));
        self.sorta();
        Some(FailOutcome::Retry { not_before: w_when })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.ar_dead
    }

    pub fn pending(&self) -> usize {
        self.ar_q.len()
    }
}
