// learner: optimal
// idiom: Spring-style: ready BinaryHeap + delayed min-heap (Reverse), HashMap of running jobs, many small private helpers, Option mapping
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

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

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct ReadyKey {
    priority: u32,
    order: Reverse<JobId>,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    ready: BinaryHeap<(ReadyKey, JobId)>,
    delayed: BinaryHeap<Reverse<(u64, JobId)>>,
    queued: HashMap<JobId, Job>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            next_id: 0,
            ready: BinaryHeap::new(),
            delayed: BinaryHeap::new(),
            queued: HashMap::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.allocate_id();
        let job = Job { id, name: name.to_string(), priority, attempts: 0 };
        self.enqueue_ready(job);
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.promote_due_jobs(now);
        self.ready
            .pop()
            .and_then(|(_, id)| self.queued.remove(&id))
            .map(|job| self.start(job))
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.running.remove(&id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let job = self.running.remove(&id)?;
        Some(if self.is_exhausted(&job) {
            self.dead.push(job);
            FailOutcome::DeadLettered
        } else {
            let not_before = now.saturating_add(self.backoff_for(job.attempts));
            self.enqueue_delayed(job, not_before);
            FailOutcome::Retry { not_before }
        })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queued.len()
    }

    fn allocate_id(&mut self) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn ready_key(job: &Job) -> ReadyKey {
        ReadyKey { priority: job.priority, order: Reverse(job.id) }
    }

    fn enqueue_ready(&mut self, job: Job) {
        self.ready.push((Self::ready_key(&job), job.id));
        self.queued.insert(job.id, job);
    }

    fn enqueue_delayed(&mut self, job: Job, not_before: u64) {
        self.delayed.push(Reverse((not_before, job.id)));
        self.queued.insert(job.id, job);
    }

    fn promote_due_jobs(&mut self, now: u64) {
        while let Some(&Reverse((due, id))) = self.delayed.peek() {
            if due > now {
                break;
            }
            self.delayed.pop();
            if let Some(job) = self.queued.get(&id) {
                self.ready.push((Self::ready_key(job), id));
            }
        }
    }

    fn start(&mut self, mut job: Job) -> Job {
        job.attempts += 1;
        self.running.insert(job.id, job.clone());
        job
    }

    fn is_exhausted(&self, job: &Job) -> bool {
        job.attempts >= self.max_attempts
    }

    fn backoff_for(&self, attempts: u32) -> u64 {
        let exponent = attempts.saturating_sub(1);
        if exponent >= 64 {
            return if self.base_backoff == 0 { 0 } else { u64::MAX };
        }
        self.base_backoff
            .checked_mul(1u64 << exponent)
            .unwrap_or(u64::MAX)
    }
}
