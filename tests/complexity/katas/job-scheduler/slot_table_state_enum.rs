// learner: optimal
// idiom: Gleam developer: every job lives in one Vec indexed by id with a State variant (Queued/Sleeping/Running/Dead); queues hold only ids, state changes are pattern matches
use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};

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
enum State {
    Queued,
    Sleeping,
    Running,
    Dead,
}

#[derive(Debug)]
struct Slot {
    job: Job,
    state: State,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    slots: Vec<Slot>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    sleeping: BinaryHeap<Reverse<(u64, JobId)>>,
    dead: Vec<Job>,
}

fn ready_key(job: &Job) -> (Reverse<u32>, JobId) {
    (Reverse(job.priority), job.id)
}

fn delay_for(base: u64, attempts: u32) -> u64 {
    (1..attempts).try_fold(base, |d, _| d.checked_mul(2)).unwrap_or(u64::MAX)
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            slots: Vec::new(),
            ready: BTreeSet::new(),
            sleeping: BinaryHeap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let job = Job { id: self.slots.len() as JobId, name: name.to_string(), priority, attempts: 0 };
        let id = job.id;
        self.ready.insert(ready_key(&job));
        self.slots.push(Slot { job, state: State::Queued });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&Reverse((at, id))) = self.sleeping.peek() {
            if at > now {
                break;
            }
            self.sleeping.pop();
            let slot = &mut self.slots[id as usize];
            slot.state = State::Queued;
            self.ready.insert(ready_key(&slot.job));
        }
        let (_, id) = self.ready.pop_first()?;
        let slot = &mut self.slots[id as usize];
        slot.state = State::Running;
        slot.job.attempts += 1;
        Some(slot.job.clone())
    }

    fn running_slot(&mut self, id: JobId) -> Option<&mut Slot> {
        self.slots
            .get_mut(usize::try_from(id).ok()?)
            .filter(|slot| slot.state == State::Running)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.running_slot(id) {
            Some(slot) => {
                slot.state = State::Dead;
                true
            }
            None => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let max_attempts = self.max_attempts;
        let base = self.base_backoff;
        let slot = self.running_slot(id)?;
        if slot.job.attempts >= max_attempts {
            slot.state = State::Dead;
            let job = slot.job.clone();
            self.dead.push(job);
            Some(FailOutcome::DeadLettered)
        } else {
            slot.state = State::Sleeping;
            let not_before = now.saturating_add(delay_for(base, slot.job.attempts));
            self.sleeping.push(Reverse((not_before, id)));
            Some(FailOutcome::Retry { not_before })
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.sleeping.len()
    }
}
