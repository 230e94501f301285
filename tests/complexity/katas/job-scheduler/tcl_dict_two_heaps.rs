// learner: optimal
// idiom: Tcl-ish sysadmin: HashMap "dict" of job records, two std BinaryHeaps, small helper procs, while-loops
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

// helper proc: how long to wait after the k-th failure
fn backoff_wait(base: u64, attempt: u32) -> u64 {
    let power = 1u64.checked_shl(attempt - 1).unwrap_or(u64::MAX);
    base.saturating_mul(power)
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    counter: u64,
    jobs: HashMap<JobId, Job>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    sleeping: BinaryHeap<Reverse<(u64, JobId)>>,
    running: HashSet<JobId>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let mut max = max_attempts;
        if max == 0 {
            max = 1;
        }
        Scheduler {
            max_attempts: max,
            base_backoff,
            counter: 0,
            jobs: HashMap::new(),
            ready: BinaryHeap::new(),
            sleeping: BinaryHeap::new(),
            running: HashSet::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter = self.counter + 1;
        let rec = Job { id, name: name.to_string(), priority, attempts: 0 };
        self.jobs.insert(id, rec);
        self.ready.push((priority, Reverse(id)));
        id
    }

    fn wake_sleepers(&mut self, now: u64) {
        while let Some(Reverse((when, id))) = self.sleeping.peek().copied() {
            if when > now {
                break;
            }
            self.sleeping.pop();
            let prio = self.jobs[&id].priority;
            self.ready.push((prio, Reverse(id)));
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.wake_sleepers(now);
        let (_, Reverse(id)) = self.ready.pop()?;
        let rec = self.jobs.get_mut(&id).expect("queued job has a record");
        rec.attempts += 1;
        self.running.insert(id);
        Some(rec.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.running.remove(&id) {
            return false;
        }
        self.jobs.remove(&id);
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let tries = self.jobs[&id].attempts;
        if tries >= self.max_attempts {
            let rec = self.jobs.remove(&id).unwrap();
            self.dead.push(rec);
            return Some(FailOutcome::DeadLettered);
        }
        let when = now.saturating_add(backoff_wait(self.base_backoff, tries));
        self.sleeping.push(Reverse((when, id)));
        Some(FailOutcome::Retry { not_before: when })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.sleeping.len()
    }
}
