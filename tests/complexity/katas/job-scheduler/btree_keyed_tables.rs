// learner: optimal
// idiom: Nim systems programmer: BTreeMaps keyed by packed tuples (Reverse prio, id) and (wake time, id), explicit loops and early returns, plain u64 math for the backoff
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

type ReadyKey = (Reverse<u32>, JobId);
type SleepKey = (u64, JobId);

pub struct Scheduler {
    maxAttempts: u32,
    baseBackoff: u64,
    counter: JobId,
    readyQ: BTreeMap<ReadyKey, Job>,
    sleepQ: BTreeMap<SleepKey, Job>,
    inFlight: HashMap<JobId, Job>,
    graveyard: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let mut m = max_attempts;
        if m == 0 {
            m = 1;
        }
        Scheduler {
            maxAttempts: m,
            baseBackoff: base_backoff,
            counter: 0,
            readyQ: BTreeMap::new(),
            sleepQ: BTreeMap::new(),
            inFlight: HashMap::new(),
            graveyard: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter += 1;
        let job = Job { id: id, name: name.to_owned(), priority: priority, attempts: 0 };
        self.readyQ.insert((Reverse(priority), id), job);
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // move every job whose backoff has ended into the ready queue
        loop {
            let key = match self.sleepQ.first_key_value() {
                Some((k, _)) => *k,
                None => break,
            };
            if key.0 > now {
                break;
            }
            let job = self.sleepQ.remove(&key).unwrap();
            self.readyQ.insert((Reverse(job.priority), job.id), job);
        }
        let (_, mut job) = self.readyQ.pop_first()?;
        job.attempts += 1;
        self.inFlight.insert(job.id, job.clone());
        Some(job)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.inFlight.remove(&id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let job = match self.inFlight.remove(&id) {
            Some(j) => j,
            None => return None,
        };
        if job.attempts >= self.maxAttempts {
            self.graveyard.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let shift = job.attempts - 1;
        let mut delay: u64;
        if shift >= 64 || (self.baseBackoff != 0 && self.baseBackoff.leading_zeros() < shift) {
            delay = u64::MAX;
        } else {
            delay = self.baseBackoff << shift;
        }
        if self.baseBackoff == 0 {
            delay = 0;
        }
        let notBefore = now.saturating_add(delay);
        self.sleepQ.insert((notBefore, job.id), job);
        Some(FailOutcome::Retry { not_before: notBefore })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.graveyard
    }

    pub fn pending(&self) -> usize {
        self.readyQ.len() + self.sleepQ.len()
    }
}
