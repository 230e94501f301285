// learner: optimal
// idiom: Odin-style struct-of-arrays indexed by job id, explicit JobState enum, two hand-rolled binary heaps of u32 indices with sift loops
//! Priority job queue with retries.

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

#[derive(Clone, Copy, PartialEq, Eq)]
enum JobState {
    Ready,
    Backoff,
    Running,
    Done,
    Dead,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    // SoA: one entry per job id
    names: Vec<String>,
    prios: Vec<u32>,
    attempts: Vec<u32>,
    wake_at: Vec<u64>,
    states: Vec<JobState>,
    // heaps of job indices
    ready_heap: Vec<usize>,
    wait_heap: Vec<usize>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            base_backoff,
            names: Vec::new(),
            prios: Vec::new(),
            attempts: Vec::new(),
            wake_at: Vec::new(),
            states: Vec::new(),
            ready_heap: Vec::new(),
            wait_heap: Vec::new(),
            dead: Vec::new(),
        }
    }

    // ready heap: a above b if higher priority, or same priority and older
    fn ready_above(&self, a: usize, b: usize) -> bool {
        if self.prios[a] != self.prios[b] {
            return self.prios[a] > self.prios[b];
        }
        a < b
    }

    // wait heap: a above b if it wakes earlier (ties by id)
    fn wait_above(&self, a: usize, b: usize) -> bool {
        if self.wake_at[a] != self.wake_at[b] {
            return self.wake_at[a] < self.wake_at[b];
        }
        a < b
    }

    fn above(&self, which: u8, a: usize, b: usize) -> bool {
        if which == 0 {
            self.ready_above(a, b)
        } else {
            self.wait_above(a, b)
        }
    }

    fn heap_mut(&mut self, which: u8) -> &mut Vec<usize> {
        if which == 0 {
            &mut self.ready_heap
        } else {
            &mut self.wait_heap
        }
    }

    fn heap(&self, which: u8) -> &Vec<usize> {
        if which == 0 {
            &self.ready_heap
        } else {
            &self.wait_heap
        }
    }

    fn push(&mut self, which: u8, job: usize) {
        self.heap_mut(which).push(job);
        let mut i = self.heap(which).len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            let (c, p) = (self.heap(which)[i], self.heap(which)[parent]);
            if !self.above(which, c, p) {
                break;
            }
            self.heap_mut(which).swap(i, parent);
            i = parent;
        }
    }

    fn pop(&mut self, which: u8) -> Option<usize> {
        let len = self.heap(which).len();
        if len == 0 {
            return None;
        }
        self.heap_mut(which).swap(0, len - 1);
        let top = self.heap_mut(which).pop();
        let len = len - 1;
        let mut i = 0;
        loop {
            let l = 2 * i + 1;
            let r = l + 1;
            let mut best = i;
            if l < len && self.above(which, self.heap(which)[l], self.heap(which)[best]) {
                best = l;
            }
            if r < len && self.above(which, self.heap(which)[r], self.heap(which)[best]) {
                best = r;
            }
            if best == i {
                break;
            }
            self.heap_mut(which).swap(i, best);
            i = best;
        }
        top
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let idx = self.names.len();
        self.names.push(name.to_string());
        self.prios.push(priority);
        self.attempts.push(0);
        self.wake_at.push(0);
        self.states.push(JobState::Ready);
        self.push(0, idx);
        idx as JobId
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            let top = match self.wait_heap.first() {
                Some(&t) => t,
                None => break,
            };
            if self.wake_at[top] > now {
                break;
            }
            self.pop(1);
            self.states[top] = JobState::Ready;
            self.push(0, top);
        }
        let idx = self.pop(0)?;
        self.states[idx] = JobState::Running;
        self.attempts[idx] += 1;
        Some(Job {
            id: idx as JobId,
            name: self.names[idx].clone(),
            priority: self.prios[idx],
            attempts: self.attempts[idx],
        })
    }

    fn running_index(&self, id: JobId) -> Option<usize> {
        let idx = usize::try_from(id).ok()?;
        if idx < self.states.len() && self.states[idx] == JobState::Running {
            Some(idx)
        } else {
            None
        }
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.running_index(id) {
            Some(idx) => {
                self.states[idx] = JobState::Done;
                true
            }
            None => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let idx = self.running_index(id)?;
        let k = self.attempts[idx];
        if k >= self.max_attempts {
            self.states[idx] = JobState::Dead;
            self.dead.push(Job {
                id,
                name: std::mem::take(&mut self.names[idx]),
                priority: self.prios[idx],
                attempts: k,
            });
            return Some(FailOutcome::DeadLettered);
        }
        let mut wait = self.base_backoff;
        let mut doublings = k - 1;
        while doublings > 0 && wait != u64::MAX && wait != 0 {
            wait = wait.saturating_mul(2);
            doublings -= 1;
        }
        let not_before = now.saturating_add(wait);
        self.wake_at[idx] = not_before;
        self.states[idx] = JobState::Backoff;
        self.push(1, idx);
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready_heap.len() + self.wait_heap.len()
    }
}
