// learner: optimal
// idiom: F#-style discriminated union per job (Ready/BackingOff/Running), BTreeSet pop_first as ordered queues, Option railway with ? and match
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Ready,
    BackingOff,
    Running,
}

struct Entry {
    job: Job,
    status: Status,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    issued: JobId,
    live: HashMap<JobId, Entry>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    sleeping: BTreeSet<(u64, JobId)>,
    graveyard: Vec<Job>,
}

fn backoff(base: u64, attempt: u32) -> u64 {
    match attempt.checked_sub(1).and_then(|k| 1u64.checked_shl(k)) {
        Some(pow) => base.saturating_mul(pow),
        None => base.saturating_mul(u64::MAX),
    }
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Self {
            max_attempts: max_attempts.max(1),
            base_backoff,
            issued: 0,
            live: HashMap::new(),
            ready: BTreeSet::new(),
            sleeping: BTreeSet::new(),
            graveyard: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.issued;
        self.issued += 1;
        let job = Job { id, name: name.to_owned(), priority, attempts: 0 };
        self.live.insert(id, Entry { job, status: Status::Ready });
        self.ready.insert((Reverse(priority), id));
        id
    }

    fn wake(&mut self, now: u64) {
        while let Some(&(when, id)) = self.sleeping.first() {
            if when > now {
                return;
            }
            self.sleeping.pop_first();
            if let Some(e) = self.live.get_mut(&id) {
                e.status = Status::Ready;
                self.ready.insert((Reverse(e.job.priority), id));
            }
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.wake(now);
        let (_, id) = self.ready.pop_first()?;
        self.live.get_mut(&id).map(|e| {
            e.status = Status::Running;
            e.job.attempts += 1;
            e.job.clone()
        })
    }

    fn take_running(&mut self, id: JobId) -> Option<&mut Entry> {
        self.live.get_mut(&id).filter(|e| e.status == Status::Running)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.take_running(id) {
            Some(_) => self.live.remove(&id).is_some(),
            None => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let (max, base) = (self.max_attempts, self.base_backoff);
        let entry = self.take_running(id)?;
        match entry.job.attempts {
            k if k >= max => {
                let dead = self.live.remove(&id)?.job;
                self.graveyard.push(dead);
                Some(FailOutcome::DeadLettered)
            }
            k => {
                let not_before = now.saturating_add(backoff(base, k));
                entry.status = Status::BackingOff;
                self.sleeping.insert((not_before, id));
                Some(FailOutcome::Retry { not_before })
            }
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.graveyard
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.sleeping.len()
    }
}
