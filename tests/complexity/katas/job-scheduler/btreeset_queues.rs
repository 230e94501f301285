// learner: optimal
// idiom: ordered sets as priority queues: BTreeSet<(Reverse<prio>, id)> ready + BTreeSet<(time, id)> backoff, pop_first, HashSet of running ids
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

use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    jobs: HashMap<JobId, Job>,
    running: HashMap<JobId, ()>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    backing_off: BTreeSet<(u64, JobId)>,
    dead: Vec<Job>,
    counter: JobId,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Self {
            max_attempts: max_attempts.max(1),
            base_backoff,
            jobs: HashMap::new(),
            running: HashMap::new(),
            ready: BTreeSet::new(),
            backing_off: BTreeSet::new(),
            dead: vec![],
            counter: 0,
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter += 1;
        self.jobs.insert(id, Job { id, name: name.into(), priority, attempts: 0 });
        self.ready.insert((Reverse(priority), id));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            match self.backing_off.first() {
                Some(&(t, id)) if t <= now => {
                    self.backing_off.pop_first();
                    let p = self.jobs[&id].priority;
                    self.ready.insert((Reverse(p), id));
                }
                _ => break,
            }
        }
        let (_, id) = self.ready.pop_first()?;
        let job = self.jobs.get_mut(&id)?;
        job.attempts += 1;
        self.running.insert(id, ());
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if self.running.remove(&id).is_some() {
            self.jobs.remove(&id);
            true
        } else {
            false
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        self.running.remove(&id)?;
        let k = self.jobs[&id].attempts;
        if k >= self.max_attempts {
            let job = self.jobs.remove(&id)?;
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let wait = if k - 1 >= 64 {
            if self.base_backoff == 0 { 0 } else { u64::MAX }
        } else {
            self.base_backoff.saturating_mul(1u64 << (k - 1))
        };
        let not_before = now.saturating_add(wait);
        self.backing_off.insert((not_before, id));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.backing_off.len()
    }
}
