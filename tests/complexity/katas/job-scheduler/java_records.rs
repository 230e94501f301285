// learner: optimal
// idiom: Java/C# style: a QueueEntry class with Ord, a JobRecord wrapper with getters, Option-heavy helpers
use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

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

#[derive(PartialEq, Eq)]
struct ReadyEntry {
    priority: u32,
    id: JobId,
}

impl Ord for ReadyEntry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority.cmp(&other.priority).then_with(|| other.id.cmp(&self.id))
    }
}
impl PartialOrd for ReadyEntry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[derive(PartialEq, Eq)]
struct DelayedEntry {
    not_before: u64,
    id: JobId,
}

impl Ord for DelayedEntry {
    fn cmp(&self, other: &Self) -> Ordering {
        other.not_before.cmp(&self.not_before).then_with(|| other.id.cmp(&self.id))
    }
}
impl PartialOrd for DelayedEntry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct JobRecord {
    job: Job,
    running: bool,
}

impl JobRecord {
    fn get_priority(&self) -> u32 {
        self.job.priority
    }
    fn get_attempts(&self) -> u32 {
        self.job.attempts
    }
    fn is_running(&self) -> bool {
        self.running
    }
    fn set_running(&mut self, running: bool) {
        self.running = running;
    }
    fn start_attempt(&mut self) -> Job {
        self.job.attempts += 1;
        self.running = true;
        self.job.clone()
    }
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    records: HashMap<JobId, JobRecord>,
    ready: BinaryHeap<ReadyEntry>,
    delayed: BinaryHeap<DelayedEntry>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            next_id: 0,
            records: HashMap::new(),
            ready: BinaryHeap::new(),
            delayed: BinaryHeap::new(),
            dead: Vec::new(),
        }
    }

    fn allocate_id(&mut self) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn find_running(&mut self, id: JobId) -> Option<&mut JobRecord> {
        self.records.get_mut(&id).filter(|r| r.is_running())
    }

    fn backoff_for(&self, attempts: u32) -> u64 {
        2u64.checked_pow(attempts - 1)
            .map(|f| self.base_backoff.saturating_mul(f))
            .unwrap_or(if self.base_backoff == 0 { 0 } else { u64::MAX })
    }

    fn release_due(&mut self, now: u64) {
        while self.delayed.peek().map_or(false, |d| d.not_before <= now) {
            let entry = self.delayed.pop().unwrap();
            if let Some(priority) = self.records.get(&entry.id).map(JobRecord::get_priority) {
                self.ready.push(ReadyEntry { priority, id: entry.id });
            }
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.allocate_id();
        let job = Job { id, name: name.to_owned(), priority, attempts: 0 };
        self.records.insert(id, JobRecord { job, running: false });
        self.ready.push(ReadyEntry { priority, id });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.release_due(now);
        let entry = self.ready.pop()?;
        self.records.get_mut(&entry.id).map(JobRecord::start_attempt)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if self.find_running(id).is_none() {
            return false;
        }
        self.records.remove(&id);
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let attempts = self.find_running(id)?.get_attempts();
        if attempts >= self.max_attempts {
            let record = self.records.remove(&id)?;
            self.dead.push(record.job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(self.backoff_for(attempts));
        self.records.get_mut(&id)?.set_running(false);
        self.delayed.push(DelayedEntry { not_before, id });
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.delayed.len()
    }
}
