// learner: optimal
// idiom: Spring-style: entity records in a HashMap + BTreeSet indexes (pop_first), status enum, entity -> DTO mapping helper
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
enum JobStatus {
    Ready,
    BackingOff,
    Running,
}

#[derive(Debug)]
struct JobEntity {
    name: String,
    priority: u32,
    attempts: u32,
    status: JobStatus,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    id_sequence: JobId,
    entities: HashMap<JobId, JobEntity>,
    ready_index: BTreeSet<(Reverse<u32>, JobId)>,
    backoff_index: BTreeSet<(u64, JobId)>,
    dead_letter_queue: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Self {
            max_attempts: std::cmp::max(max_attempts, 1),
            base_backoff,
            id_sequence: 0,
            entities: HashMap::new(),
            ready_index: BTreeSet::new(),
            backoff_index: BTreeSet::new(),
            dead_letter_queue: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.id_sequence;
        self.id_sequence += 1;
        self.entities.insert(
            id,
            JobEntity { name: name.to_owned(), priority, attempts: 0, status: JobStatus::Ready },
        );
        self.ready_index.insert((Reverse(priority), id));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.release_backed_off(now);
        let (_, id) = self.ready_index.pop_first()?;
        let entity = self.entities.get_mut(&id)?;
        entity.attempts += 1;
        entity.status = JobStatus::Running;
        Some(Self::to_dto(id, entity))
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.running_entity(id) {
            Some(_) => {
                self.entities.remove(&id);
                true
            }
            None => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let attempts = self.running_entity(id)?.attempts;
        if attempts >= self.max_attempts {
            return self.entities.remove(&id).map(|entity| {
                self.dead_letter_queue.push(Self::into_dto(id, entity));
                FailOutcome::DeadLettered
            });
        }
        let not_before = now.saturating_add(self.compute_backoff(attempts));
        if let Some(entity) = self.entities.get_mut(&id) {
            entity.status = JobStatus::BackingOff;
        }
        self.backoff_index.insert((not_before, id));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead_letter_queue
    }

    pub fn pending(&self) -> usize {
        self.ready_index.len() + self.backoff_index.len()
    }

    fn running_entity(&self, id: JobId) -> Option<&JobEntity> {
        self.entities.get(&id).filter(|e| e.status == JobStatus::Running)
    }

    fn release_backed_off(&mut self, now: u64) {
        while let Some(&(due, id)) = self.backoff_index.first() {
            if due > now {
                return;
            }
            self.backoff_index.pop_first();
            if let Some(entity) = self.entities.get_mut(&id) {
                entity.status = JobStatus::Ready;
                self.ready_index.insert((Reverse(entity.priority), id));
            }
        }
    }

    fn compute_backoff(&self, attempts: u32) -> u64 {
        let factor = 2u128.checked_pow(attempts - 1).unwrap_or(u128::MAX);
        let raw = (self.base_backoff as u128).saturating_mul(factor);
        u64::try_from(raw).unwrap_or(u64::MAX)
    }

    fn to_dto(id: JobId, entity: &JobEntity) -> Job {
        Job { id, name: entity.name.clone(), priority: entity.priority, attempts: entity.attempts }
    }

    fn into_dto(id: JobId, entity: JobEntity) -> Job {
        Job { id, name: entity.name, priority: entity.priority, attempts: entity.attempts }
    }
}
