// learner: optimal
// idiom: Zig-style arena: jobs in a Vec indexed by id with u8 state tags, two hand-rolled index heaps with manual sift loops

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

const QUEUED: u8 = 0;
const RUNNING: u8 = 1;
const BACKOFF: u8 = 2;
const FINISHED: u8 = 3;

struct Slot {
    job: Job,
    state: u8,
    not_before: u64,
}

/// A binary heap of job ids; `before(a, b)` says a must come out first.
struct IdHeap {
    ids: Vec<u64>,
}

impl IdHeap {
    fn push(&mut self, id: u64, before: &dyn Fn(u64, u64) -> bool) {
        self.ids.push(id);
        let mut i = self.ids.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if before(self.ids[i], self.ids[parent]) {
                self.ids.swap(i, parent);
                i = parent;
            } else {
                break;
            }
        }
    }

    fn top(&self) -> Option<u64> {
        if self.ids.is_empty() { None } else { Some(self.ids[0]) }
    }

    fn pop(&mut self, before: &dyn Fn(u64, u64) -> bool) -> Option<u64> {
        let n = self.ids.len();
        if n == 0 {
            return None;
        }
        self.ids.swap(0, n - 1);
        let out = self.ids.pop();
        let n = self.ids.len();
        let mut i = 0usize;
        loop {
            let l = 2 * i + 1;
            let r = l + 1;
            let mut best = i;
            if l < n && before(self.ids[l], self.ids[best]) {
                best = l;
            }
            if r < n && before(self.ids[r], self.ids[best]) {
                best = r;
            }
            if best == i {
                break;
            }
            self.ids.swap(i, best);
            i = best;
        }
        out
    }
}

pub struct Scheduler {
    limit: u32,
    base: u64,
    arena: Vec<Slot>,
    ready: IdHeap,
    waiting: IdHeap,
    dead: Vec<Job>,
}

fn ready_before(arena: &[Slot]) -> impl Fn(u64, u64) -> bool + '_ {
    move |a, b| {
        let pa = arena[a as usize].job.priority;
        let pb = arena[b as usize].job.priority;
        pa > pb || (pa == pb && a < b)
    }
}

fn wait_before(arena: &[Slot]) -> impl Fn(u64, u64) -> bool + '_ {
    move |a, b| {
        let ta = arena[a as usize].not_before;
        let tb = arena[b as usize].not_before;
        ta < tb || (ta == tb && a < b)
    }
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let limit = if max_attempts == 0 { 1 } else { max_attempts };
        Scheduler {
            limit,
            base: base_backoff,
            arena: Vec::new(),
            ready: IdHeap { ids: Vec::new() },
            waiting: IdHeap { ids: Vec::new() },
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.arena.len() as u64;
        self.arena.push(Slot {
            job: Job { id, name: String::from(name), priority, attempts: 0 },
            state: QUEUED,
            not_before: 0,
        });
        let cmp = ready_before(&self.arena);
        self.ready.push(id, &cmp);
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            let top = match self.waiting.top() {
                Some(t) => t,
                None => break,
            };
            if self.arena[top as usize].not_before > now {
                break;
            }
            {
                let cmp = wait_before(&self.arena);
                self.waiting.pop(&cmp);
            }
            self.arena[top as usize].state = QUEUED;
            let cmp = ready_before(&self.arena);
            self.ready.push(top, &cmp);
        }
        let id = {
            let cmp = ready_before(&self.arena);
            self.ready.pop(&cmp)?
        };
        let slot = &mut self.arena[id as usize];
        debug_assert_eq!(slot.state, QUEUED);
        slot.state = RUNNING;
        slot.job.attempts += 1;
        Some(slot.job.clone())
    }

    fn running_slot(&mut self, id: JobId) -> Option<&mut Slot> {
        if id >= self.arena.len() as u64 {
            return None;
        }
        let slot = &mut self.arena[id as usize];
        if slot.state != RUNNING {
            return None;
        }
        Some(slot)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.running_slot(id) {
            Some(slot) => {
                slot.state = FINISHED;
                true
            }
            None => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let limit = self.limit;
        let base = self.base;
        let slot = self.running_slot(id)?;
        let k = slot.job.attempts;
        if k >= limit {
            slot.state = FINISHED;
            let job = slot.job.clone();
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let shift = k - 1;
        let mult: u64 = if shift >= 64 { u64::MAX } else { 1u64 << shift };
        let wait = base.saturating_mul(mult);
        let when = now.saturating_add(wait);
        slot.state = BACKOFF;
        slot.not_before = when;
        let cmp = wait_before(&self.arena);
        self.waiting.push(id, &cmp);
        Some(FailOutcome::Retry { not_before: when })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.ids.len() + self.waiting.ids.len()
    }
}
