// learner: optimal
// idiom: ordered sets (BTreeSet pop_first) for both queues, record dict with a running flag, loop+match
use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};

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

struct Rec {
    name: String,
    priority: u32,
    attempts: u32,
    running: bool,
}

pub struct Scheduler {
    limit: u32,
    base: u64,
    seq: JobId,
    recs: HashMap<JobId, Rec>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    backoff: BTreeSet<(u64, JobId)>,
    graveyard: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            limit: if max_attempts == 0 { 1 } else { max_attempts },
            base: base_backoff,
            seq: 0,
            recs: HashMap::new(),
            ready: BTreeSet::new(),
            backoff: BTreeSet::new(),
            graveyard: vec![],
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.seq;
        self.seq += 1;
        self.recs.insert(id, Rec { name: name.to_owned(), priority, attempts: 0, running: false });
        self.ready.insert((Reverse(priority), id));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            match self.backoff.first() {
                Some(&(t, id)) if t <= now => {
                    self.backoff.pop_first();
                    let p = self.recs[&id].priority;
                    self.ready.insert((Reverse(p), id));
                }
                _ => break,
            }
        }
        match self.ready.pop_first() {
            None => None,
            Some((Reverse(priority), id)) => {
                let r = self.recs.get_mut(&id)?;
                r.attempts += 1;
                r.running = true;
                Some(Job { id, name: r.name.clone(), priority, attempts: r.attempts })
            }
        }
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.recs.get(&id) {
            Some(r) if r.running => {
                self.recs.remove(&id);
                true
            }
            _ => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let r = match self.recs.get_mut(&id) {
            Some(r) if r.running => r,
            _ => return None,
        };
        r.running = false;
        if r.attempts >= self.limit {
            let r = self.recs.remove(&id)?;
            self.graveyard.push(Job { id, name: r.name, priority: r.priority, attempts: r.attempts });
            Some(FailOutcome::DeadLettered)
        } else {
            let mult = match 1u64.checked_shl(r.attempts - 1) {
                Some(m) => m,
                None => u64::MAX,
            };
            let not_before = now.saturating_add(self.base.saturating_mul(mult));
            self.backoff.insert((not_before, id));
            Some(FailOutcome::Retry { not_before })
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.graveyard[..]
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.backoff.len()
    }
}
