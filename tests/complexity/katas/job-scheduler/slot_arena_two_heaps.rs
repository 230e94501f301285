// learner: optimal
// idiom: job arena indexed by id with an explicit JobState enum, two hand-rolled binary heaps of slot ids (ready / delayed) with sift_up/sift_down
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

/// Jobs are numbered 0, 1, 2, ... in submission order.
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JobState {
    Ready,
    Delayed,
    Running,
    Done,
    Dead,
}

struct Slot {
    job: Job,
    state: JobState,
    not_before: u64,
}

/// A binary heap of slot ids; `before(a, b)` says a must come out first.
struct IdHeap {
    ids: Vec<usize>,
}

impl IdHeap {
    fn new() -> Self {
        IdHeap { ids: Vec::new() }
    }

    fn push(&mut self, id: usize, before: &dyn Fn(usize, usize) -> bool) {
        self.ids.push(id);
        let mut at = self.ids.len() - 1;
        while at > 0 {
            let parent = (at - 1) / 2;
            if !before(self.ids[at], self.ids[parent]) {
                break;
            }
            self.ids.swap(at, parent);
            at = parent;
        }
    }

    fn top(&self) -> Option<usize> {
        self.ids.first().copied()
    }

    fn pop(&mut self, before: &dyn Fn(usize, usize) -> bool) -> Option<usize> {
        let len = self.ids.len();
        if len == 0 {
            return None;
        }
        self.ids.swap(0, len - 1);
        let out = self.ids.pop();
        let len = self.ids.len();
        let mut at = 0;
        loop {
            let l = 2 * at + 1;
            if l >= len {
                break;
            }
            let r = l + 1;
            let child = if r < len && before(self.ids[r], self.ids[l]) { r } else { l };
            if !before(self.ids[child], self.ids[at]) {
                break;
            }
            self.ids.swap(at, child);
            at = child;
        }
        out
    }
}

pub struct Scheduler {
    slots: Vec<Slot>,
    ready: IdHeap,
    delayed: IdHeap,
    graveyard: Vec<Job>,
    max_attempts: u32,
    base_backoff: u64,
}

fn ready_order(slots: &[Slot]) -> impl Fn(usize, usize) -> bool + '_ {
    move |a, b| {
        let (pa, pb) = (slots[a].job.priority, slots[b].job.priority);
        pa > pb || (pa == pb && a < b)
    }
}

fn delay_order(slots: &[Slot]) -> impl Fn(usize, usize) -> bool + '_ {
    move |a, b| (slots[a].not_before, a) < (slots[b].not_before, b)
}

impl Scheduler {
    /// A job may be handed out at most `max_attempts` times (treat 0 as 1).
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            slots: Vec::new(),
            ready: IdHeap::new(),
            delayed: IdHeap::new(),
            graveyard: Vec::new(),
            max_attempts: max_attempts.max(1),
            base_backoff,
        }
    }

    /// Queues a new job, ready at once, and returns its id.
    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let slot_no = self.slots.len();
        self.slots.push(Slot {
            job: Job { id: slot_no as JobId, name: name.to_string(), priority, attempts: 0 },
            state: JobState::Ready,
            not_before: 0,
        });
        self.ready.push(slot_no, &ready_order(&self.slots));
        slot_no as JobId
    }

    /// Hands out the best job that may run at `now`.
    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(d) = self.delayed.top() {
            if self.slots[d].not_before > now {
                break;
            }
            self.delayed.pop(&delay_order(&self.slots));
            self.slots[d].state = JobState::Ready;
            self.ready.push(d, &ready_order(&self.slots));
        }
        let slot_no = self.ready.pop(&ready_order(&self.slots))?;
        let slot = &mut self.slots[slot_no];
        debug_assert_eq!(slot.state, JobState::Ready);
        slot.state = JobState::Running;
        slot.job.attempts += 1;
        Some(slot.job.clone())
    }

    fn running_slot(&self, id: JobId) -> Option<usize> {
        let slot_no = usize::try_from(id).ok()?;
        match self.slots.get(slot_no)?.state {
            JobState::Running => Some(slot_no),
            JobState::Ready | JobState::Delayed | JobState::Done | JobState::Dead => None,
        }
    }

    /// Marks a running job as done. Returns false if `id` is not running.
    pub fn complete(&mut self, id: JobId) -> bool {
        match self.running_slot(id) {
            Some(s) => {
                self.slots[s].state = JobState::Done;
                true
            }
            None => false,
        }
    }

    /// Reports that a running job failed at `now`.
    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let s = self.running_slot(id)?;
        let k = self.slots[s].job.attempts;
        if k >= self.max_attempts {
            self.slots[s].state = JobState::Dead;
            self.graveyard.push(self.slots[s].job.clone());
            return Some(FailOutcome::DeadLettered);
        }
        let factor = 1u64.checked_shl(k - 1).unwrap_or(u64::MAX);
        let not_before = now.saturating_add(self.base_backoff.saturating_mul(factor));
        self.slots[s].not_before = not_before;
        self.slots[s].state = JobState::Delayed;
        self.delayed.push(s, &delay_order(&self.slots));
        Some(FailOutcome::Retry { not_before })
    }

    /// Jobs that ran out of attempts, in the order they died.
    pub fn dead_letters(&self) -> &[Job] {
        &self.graveyard
    }

    /// Jobs waiting to run (ready or backing off); running jobs not counted.
    pub fn pending(&self) -> usize {
        self.ready.ids.len() + self.delayed.ids.len()
    }
}
