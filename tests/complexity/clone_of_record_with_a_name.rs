// A derived clone of a record whose only owned data is its name: the name
// is one item's label, not the n elements the scheduler holds.
// expect Queue::start: time O(log n), space O(1)
// target Queue::start: time O(log n), space O(1)
use std::collections::{BTreeMap, HashMap};

#[derive(Clone)]
pub struct Job {
    pub id: u64,
    pub name: String,
    pub priority: u8,
}

pub struct Queue {
    waiting: BTreeMap<(u8, u64), Job>,
    running: HashMap<u64, Job>,
}

impl Queue {
    pub fn start(&mut self, job: Job) -> Job {
        self.waiting.remove(&(job.priority, job.id));
        self.running.insert(job.id, job.clone());
        job
    }
}
