// learner: optimal
// idiom: elixir: ordered sets as queues — BTreeSet of {Reverse(priority), id} for ready, BTreeMap {not_before, id} for backoff popped with pop_first; job states as an enum in a HashMap
// why: BTree insert/pop_first are O(log n); each retry leaves the backoff map once, so next is amortised O(log n); complete is an O(1) expected lookup and state match
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Jobs are numbered 0, 1, 2, ... in submission order.
pub type JobId = u64;

/// A job as handed to a worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: JobId,
    pub name: String,
    /// Larger runs first.
    pub priority: u32,
    /// How many times the job has been handed out, this time included.
    pub attempts: u32,
}

/// What `fail` did with a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOutcome {
    /// Re-queued; it will not be handed out before this time.
    Retry { not_before: u64 },
    /// Out of attempts: moved to the dead-letter queue.
    DeadLettered,
}

/// `base * 2^(attempts - 1)`, saturating at u64::MAX.
fn backoff(base: u64, attempts: u32) -> u64 {
    let factor = 1u64.checked_shl(attempts.saturating_sub(1)).unwrap_or(u64::MAX);
    base.saturating_mul(factor)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Ready,
    BackingOff,
    Running,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    jobs: HashMap<JobId, (Job, State)>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    backing_off: BTreeMap<(u64, JobId), ()>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            base_backoff,
            next_id: 0,
            jobs: HashMap::new(),
            ready: BTreeSet::new(),
            backing_off: BTreeMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        let job = Job { id, name: name.to_owned(), priority, attempts: 0 };
        self.jobs.insert(id, (job, State::Ready));
        self.ready.insert((Reverse(priority), id));
        id
    }

    fn wake_up(&mut self, now: u64) {
        while let Some((&(not_before, id), _)) = self.backing_off.first_key_value() {
            if not_before > now {
                return;
            }
            self.backing_off.pop_first();
            if let Some((job, state)) = self.jobs.get_mut(&id) {
                *state = State::Ready;
                self.ready.insert((Reverse(job.priority), id));
            }
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.wake_up(now);
        let (_, id) = self.ready.pop_first()?;
        let (job, state) = self.jobs.get_mut(&id)?;
        job.attempts += 1;
        *state = State::Running;
        Some(job.clone())
    }

    fn running_slot(&mut self, id: JobId) -> Option<&mut (Job, State)> {
        match self.jobs.get_mut(&id) {
            Some(slot) if slot.1 == State::Running => Some(slot),
            _ => None,
        }
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.running_slot(id) {
            Some(_) => self.jobs.remove(&id).is_some(),
            None => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let (max, base) = (self.max_attempts, self.base_backoff);
        let slot = self.running_slot(id)?;
        match slot.0.attempts {
            a if a >= max => {
                let (job, _) = self.jobs.remove(&id)?;
                self.dead.push(job);
                Some(FailOutcome::DeadLettered)
            }
            a => {
                slot.1 = State::BackingOff;
                let not_before = now.saturating_add(backoff(base, a));
                self.backing_off.insert((not_before, id), ());
                Some(FailOutcome::Retry { not_before })
            }
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.backing_off.len()
    }
}
