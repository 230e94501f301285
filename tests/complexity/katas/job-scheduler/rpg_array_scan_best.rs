// learner: slow
// idiom: RPG IV: one array of job entries with a count; next() does a DOW loop over all entries to find the best eligible one, then deletes it by shifting
// why: next scans every queued job (O(n)) and removes by shifting (O(n)); draining n jobs costs O(n^2) instead of O(n log n)
// The way I would do it in a program with no heap: every entry carries its
// wake time, and the "pick" walks the whole array keeping the best so far.

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

struct QEntry {
    job: Job,
    not_before: u64,
}

pub struct Scheduler {
    c_max_att: u32,
    c_base: u64,
    nx_id: JobId,
    ar_q: Vec<QEntry>,
    n_q: usize,
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
            n_q: 0,
            pf_run: HashMap::new(),
            ar_dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let w_id = self.nx_id;
        self.nx_id += 1;
        self.ar_q.push(QEntry { job: Job { id: w_id, name: name.to_string(), priority, attempts: 0 }, not_before: 0 });
        self.n_q += 1;
        w_id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut ix: usize = 0;
        let mut ix_best: usize = self.n_q; // n_q = none found
        while ix < self.n_q {
            let w_e = &self.ar_q[ix];
            if w_e.not_before <= now {
                if ix_best == self.n_q {
                    ix_best = ix;
                } else {
                    let w_b = &self.ar_q[ix_best];
                    if w_e.job.priority > w_b.job.priority
                        || (w_e.job.priority == w_b.job.priority && w_e.job.id < w_b.job.id)
                    {
                        ix_best = ix;
                    }
                }
            }
            ix += 1;
        }
        if ix_best == self.n_q {
            return None;
        }
        let mut w_ent = self.ar_q.remove(ix_best);
        self.n_q -= 1;
        w_ent.job.attempts += 1;
        let w_out = w_ent.job.clone();
        self.pf_run.insert(w_ent.job.id, w_ent.job);
        Some(w_out)
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
        self.ar_q.push(QEntry { job: w_job, not_before: w_when });
        self.n_q += 1;
        Some(FailOutcome::Retry { not_before: w_when })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.ar_dead
    }

    pub fn pending(&self) -> usize {
        self.n_q
    }
}
