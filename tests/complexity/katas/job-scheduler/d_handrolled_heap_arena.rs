// learner: optimal
// idiom: D-style colleague: hand-rolled generic min-heap struct over a Vec slice, jobs in an id-indexed arena with a state enum
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

/// A templated binary min-heap, D `BinaryHeap!(T, "a < b")` style.
struct MinHeap<T: Ord + Copy> {
    data: Vec<T>,
}

impl<T: Ord + Copy> MinHeap<T> {
    fn new() -> Self {
        MinHeap { data: Vec::new() }
    }
    fn len(&self) -> usize {
        self.data.len()
    }
    fn front(&self) -> Option<T> {
        self.data.first().copied()
    }
    fn insert(&mut self, v: T) {
        self.data.push(v);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.data[parent] <= self.data[i] {
                break;
            }
            self.data.swap(parent, i);
            i = parent;
        }
    }
    fn remove_front(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let top = self.data.pop();
        let n = self.data.len();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut smallest = i;
            if l < n && self.data[l] < self.data[smallest] {
                smallest = l;
            }
            if r < n && self.data[r] < self.data[smallest] {
                smallest = r;
            }
            if smallest == i {
                break;
            }
            self.data.swap(i, smallest);
            i = smallest;
        }
        top
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Queued,
    Running,
    Finished,
}

struct Slot {
    job: Job,
    state: State,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    arena: Vec<Slot>,
    // key: (u32::MAX - priority, id) so the min-heap yields highest priority, then FIFO
    ready: MinHeap<(u32, JobId)>,
    delayed: MinHeap<(u64, JobId)>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Self {
            max_attempts: max_attempts.max(1),
            base_backoff,
            arena: Vec::new(),
            ready: MinHeap::new(),
            delayed: MinHeap::new(),
            dead: Vec::new(),
        }
    }

    fn ready_key(&self, id: JobId) -> (u32, JobId) {
        (u32::MAX - self.arena[id as usize].job.priority, id)
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.arena.len() as JobId;
        self.arena.push(Slot {
            job: Job { id, name: name.into(), priority, attempts: 0 },
            state: State::Queued,
        });
        let key = self.ready_key(id);
        self.ready.insert(key);
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some((at, id)) = self.delayed.front().filter(|&(at, _)| at <= now) {
            let _ = at;
            self.delayed.remove_front();
            let key = self.ready_key(id);
            self.ready.insert(key);
        }
        let (_, id) = self.ready.remove_front()?;
        let slot = &mut self.arena[id as usize];
        slot.state = State::Running;
        slot.job.attempts += 1;
        Some(slot.job.clone())
    }

    fn slot_running(&mut self, id: JobId) -> Option<&mut Slot> {
        self.arena
            .get_mut(id as usize)
            .filter(|s| s.state == State::Running)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.slot_running(id) {
            Some(s) => {
                s.state = State::Finished;
                true
            }
            None => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let (max, base) = (self.max_attempts, self.base_backoff);
        let slot = self.slot_running(id)?;
        let k = slot.job.attempts;
        if k >= max {
            slot.state = State::Finished;
            let copy = slot.job.clone();
            self.dead.push(copy);
            return Some(FailOutcome::DeadLettered);
        }
        slot.state = State::Queued;
        let factor = 1u64.checked_shl(k - 1).unwrap_or(u64::MAX);
        let not_before = now.saturating_add(base.saturating_mul(factor));
        self.delayed.insert((not_before, id));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        self.dead.as_slice()
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.delayed.len()
    }
}
