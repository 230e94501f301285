// learner: slow
// idiom: Lisp Machine nostalgic: one queue list of (job . not-before) conses; next walks the whole list for the best eligible entry, running jobs kept in another list
// why: Scheduler::next is O(n) (scan every queued job, then Vec::remove) and complete/fail are O(r) scans of the running list vs the O(log n) / O(1) targets; draining n jobs is O(n^2)
//! A priority job queue with retries, exponential backoff and a dead-letter queue.

/// Jobs are numbered 0, 1, 2, ... in submission order.
pub type JobId = u64;

/// A job as handed to a worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: JobId,
    pub name: String,
    pub priority: u32,
    pub attempts: u32,
}

/// What `fail` did with a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOutcome {
    Retry { not_before: u64 },
    DeadLettered,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    counter: JobId,
    queue: Vec<(Job, u64)>,
    running: Vec<Job>,
    dead: Vec<Job>,
}

fn better(a: &Job, b: &Job) -> bool {
    a.priority > b.priority || (a.priority == b.priority && a.id < b.id)
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            counter: 0,
            queue: Vec::new(),
            running: Vec::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter += 1;
        self.queue.push((Job { id, name: name.to_string(), priority, attempts: 0 }, 0));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let best = self
            .queue
            .iter()
            .enumerate()
            .filter(|(_, (_, nb))| *nb <= now)
            .fold(None::<usize>, |acc, (i, (job, _))| match acc {
                Some(j) if !better(job, &self.queue[j].0) => Some(j),
                _ => Some(i),
            })?;
        let (mut job, _) = self.queue.remove(best);
        job.attempts += 1;
        self.running.push(job.clone());
        Some(job)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.running.iter().position(|j| j.id == id) {
            Some(i) => {
                self.running.swap_remove(i);
                true
            }
            None => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let i = self.running.iter().position(|j| j.id == id)?;
        let job = self.running.swap_remove(i);
        if job.attempts >= self.max_attempts {
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let wait = (1..job.attempts).fold(self.base_backoff, |b, _| b.saturating_mul(2));
        let not_before = now.saturating_add(wait);
        self.queue.push((job, not_before));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
