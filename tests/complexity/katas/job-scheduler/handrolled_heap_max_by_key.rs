// learner: optimal
// idiom: hand-rolled binary heap whose sift-down picks the larger of (at most) two children with `self.items[l..end].iter().enumerate().max_by_key(..)`: O(1) per level, O(log n)
use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

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

fn backoff(base: u64, attempts: u32) -> u64 {
    let shift = attempts.saturating_sub(1);
    if base == 0 {
        0
    } else if shift >= 64 || base > (u64::MAX >> shift) {
        u64::MAX
    } else {
        base << shift
    }
}

/// A max-heap kept in a Vec.
struct Heap<K: Ord + Copy> {
    items: Vec<K>,
}

impl<K: Ord + Copy> Heap<K> {
    fn new() -> Self {
        Heap { items: Vec::new() }
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn peek(&self) -> Option<&K> {
        self.items.first()
    }

    fn push(&mut self, key: K) {
        self.items.push(key);
        let mut i = self.items.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.items[parent] >= self.items[i] {
                break;
            }
            self.items.swap(parent, i);
            i = parent;
        }
    }

    fn pop(&mut self) -> Option<K> {
        if self.items.is_empty() {
            return None;
        }
        let top = self.items.swap_remove(0);
        let n = self.items.len();
        let mut i = 0;
        loop {
            let l = 2 * i + 1;
            if l >= n {
                break;
            }
            let end = (l + 2).min(n);
            let (offset, &best) = self.items[l..end]
                .iter()
                .enumerate()
                .max_by_key(|&(_, k)| *k)
                .expect("at least one child");
            if best <= self.items[i] {
                break;
            }
            self.items.swap(i, l + offset);
            i = l + offset;
        }
        Some(top)
    }
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    jobs: HashMap<JobId, Job>,
    ready: Heap<(u32, Reverse<JobId>)>,
    delayed: Heap<Reverse<(u64, JobId)>>,
    running: HashSet<JobId>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            next_id: 0,
            jobs: HashMap::new(),
            ready: Heap::new(),
            delayed: Heap::new(),
            running: HashSet::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.jobs.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.ready.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&Reverse((at, id))) = self.delayed.peek() {
            if at > now {
                break;
            }
            self.delayed.pop();
            let priority = self.jobs[&id].priority;
            self.ready.push((priority, Reverse(id)));
        }
        let (_, Reverse(id)) = self.ready.pop()?;
        let job = self.jobs.get_mut(&id).expect("queued job is stored");
        job.attempts += 1;
        self.running.insert(id);
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if self.running.remove(&id) {
            self.jobs.remove(&id);
            true
        } else {
            false
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let attempts = self.jobs[&id].attempts;
        if attempts >= self.max_attempts {
            let job = self.jobs.remove(&id).expect("running job is stored");
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(backoff(self.base_backoff, attempts));
        self.delayed.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.delayed.len()
    }
}
