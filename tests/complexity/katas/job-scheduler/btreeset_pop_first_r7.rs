// learner: optimal
// idiom: BTreeSet ordered sets with pop_first/first().is_some_and, enum location tag, matches!, checked_pow
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

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


use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Where {
    Queued,
    Running,
}

/// Ordered sets instead of heaps: `pop_first` gives the best entry in O(log n).
pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    issued: u64,
    jobs: HashMap<JobId, (Job, Where)>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    backing_off: BTreeSet<(u64, JobId)>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            issued: 0,
            jobs: HashMap::new(),
            ready: BTreeSet::new(),
            backing_off: BTreeSet::new(),
            dead: vec![],
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.issued;
        self.issued += 1;
        self.jobs.insert(id, (Job { id, name: name.into(), priority, attempts: 0 }, Where::Queued));
        self.ready.insert((Reverse(priority), id));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while self.backing_off.first().is_some_and(|&(t, _)| t <= now) {
            let (_, id) = self.backing_off.pop_first().unwrap();
            let prio = self.jobs[&id].0.priority;
            self.ready.insert((Reverse(prio), id));
        }
        let (_, id) = self.ready.pop_first()?;
        let (job, place) = self.jobs.get_mut(&id)?;
        job.attempts += 1;
        *place = Where::Running;
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let is_running = matches!(self.jobs.get(&id), Some((_, Where::Running)));
        if is_running {
            self.jobs.remove(&id);
        }
        is_running
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let (job, place) = self.jobs.get_mut(&id)?;
        if *place != Where::Running {
            return None;
        }
        if job.attempts >= self.max_attempts {
            let (job, _) = self.jobs.remove(&id)?;
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let exp = job.attempts - 1;
        let wait = if self.base_backoff == 0 {
            0
        } else {
            2u64.checked_pow(exp).and_then(|f| f.checked_mul(self.base_backoff)).unwrap_or(u64::MAX)
        };
        let not_before = now.saturating_add(wait);
        *place = Where::Queued;
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
