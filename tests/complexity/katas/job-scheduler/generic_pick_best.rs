// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): a generic Vec-backed queue folds over every queued job to find the best ready one
use std::collections::HashMap;

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

/// Anything that can hand out its best element under a filter.
trait PickBest<T> {
    fn take_best<K: Ord, F: Fn(&T) -> Option<K>>(&mut self, key: F) -> Option<T>;
}

impl<T> PickBest<T> for Vec<T> {
    fn take_best<K: Ord, F: Fn(&T) -> Option<K>>(&mut self, key: F) -> Option<T> {
        let best = self
            .iter()
            .enumerate()
            .fold(None::<(usize, K)>, |best, (i, item)| match (key(item), best) {
                (Some(k), Some((bi, bk))) => Some(if k > bk { (i, k) } else { (bi, bk) }),
                (Some(k), None) => Some((i, k)),
                (None, b) => b,
            });
        best.map(|(i, _)| self.swap_remove(i))
    }
}

struct Queued {
    job: Job,
    not_before: u64,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    queue: Vec<Queued>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler { max_attempts: max_attempts.max(1), base_backoff, next_id: 0, queue: Vec::new(), running: HashMap::new(), dead: Vec::new() }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.queue.push(Queued { job: Job { id, name: name.to_string(), priority, attempts: 0 }, not_before: 0 });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let picked = self
            .queue
            .take_best(|q| (q.not_before <= now).then(|| (q.job.priority, std::cmp::Reverse(q.job.id))))?;
        let mut job = picked.job;
        job.attempts += 1;
        self.running.insert(job.id, job.clone());
        Some(job)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.running.remove(&id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let job = self.running.remove(&id)?;
        if job.attempts >= self.max_attempts {
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let wait = match 1u64.checked_shl(job.attempts - 1) {
            Some(f) => self.base_backoff.saturating_mul(f),
            None if self.base_backoff == 0 => 0,
            None => u64::MAX,
        };
        let not_before = now.saturating_add(wait);
        self.queue.push(Queued { job, not_before });
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
