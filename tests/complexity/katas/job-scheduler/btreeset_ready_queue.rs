// learner: optimal
// idiom: BTreeSet<(Reverse<priority>, id)> as the ready queue (pop_first) and a BTreeMap of (not_before, id) for backoff: O(log n) each
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};

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

fn backoff(base: u64, attempts: u32) -> u64 {
    let shift = attempts.saturating_sub(1);
    if base == 0 {
        0
    } else if shift >= 64 || base > (u64::MAX >> shift) {
        u64::MAX
    } else {
        base << shift
    }
}

struct Entry {
    job: Job,
    running: bool,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    counter: JobId,
    entries: HashMap<JobId, Entry>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    waiting: BTreeMap<(u64, JobId), ()>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            base_backoff,
            counter: 0,
            entries: HashMap::new(),
            ready: BTreeSet::new(),
            waiting: BTreeMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter += 1;
        let job = Job { id, name: name.to_owned(), priority, attempts: 0 };
        self.entries.insert(id, Entry { job, running: false });
        self.ready.insert((Reverse(priority), id));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            match self.waiting.first_key_value() {
                Some((&(at, id), _)) if at <= now => {
                    self.waiting.pop_first();
                    let p = self.entries[&id].job.priority;
                    self.ready.insert((Reverse(p), id));
                }
                _ => break,
            }
        }
        let (_, id) = self.ready.pop_first()?;
        let e = self.entries.get_mut(&id)?;
        e.running = true;
        e.job.attempts += 1;
        Some(e.job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.entries.get(&id) {
            Some(e) if e.running => {
                self.entries.remove(&id);
                true
            }
            _ => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let e = self.entries.get_mut(&id).filter(|e| e.running)?;
        e.running = false;
        if e.job.attempts >= self.max_attempts {
            let e = self.entries.remove(&id)?;
            self.dead.push(e.job);
            Some(FailOutcome::DeadLettered)
        } else {
            let not_before = now.saturating_add(backoff(self.base_backoff, e.job.attempts));
            self.waiting.insert((not_before, id), ());
            Some(FailOutcome::Retry { not_before })
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
