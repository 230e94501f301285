// Returning an owned job copies its name: a string held by one element of
// the slots counts as one item (n is how many jobs there are), as a string
// held in a collection does.
// expect Scheduler::next: time O(log n), space O(1)
// target Scheduler::next: time O(log n), space O(1)
use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub struct Job {
    pub id: usize,
    pub name: String,
}

struct Slot {
    name: String,
    running: bool,
}

pub struct Scheduler {
    slots: Vec<Slot>,
    ready: BinaryHeap<Reverse<usize>>,
}

impl Scheduler {
    pub fn next(&mut self) -> Option<Job> {
        let Reverse(id) = self.ready.pop()?;
        let s = &mut self.slots[id];
        s.running = true;
        Some(Job { id, name: s.name.clone() })
    }
}
