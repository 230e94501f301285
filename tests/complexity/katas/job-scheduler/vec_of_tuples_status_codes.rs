// learner: optimal
// idiom: beginner style, Vec<(String,u32,u32,u8)> indexed by id, u8 status consts, loop/match peek, doubling while loop, explicit returns
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


use std::cmp::Reverse;
use std::collections::BinaryHeap;

// status values for a job slot
const QUEUED: u8 = 0;
const RUNNING: u8 = 1;
const FINISHED: u8 = 2;

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    // indexed by job id: (name, priority, attempts, status)
    all_jobs: Vec<(String, u32, u32, u8)>,
    ready_heap: BinaryHeap<(u32, Reverse<u64>)>,
    waiting_heap: BinaryHeap<Reverse<(u64, u64)>>,
    dead: Vec<Job>,
    pending_count: usize,
}

fn compute_delay(base: u64, attempts: u32) -> u64 {
    let mut delay = base;
    let mut i: u32 = 1;
    while i < attempts {
        if delay == 0 || delay == u64::MAX {
            break;
        }
        delay = delay.saturating_mul(2);
        i += 1;
    }
    delay
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let mut m = max_attempts;
        if m == 0 {
            m = 1;
        }
        Scheduler {
            max_attempts: m,
            base_backoff: base_backoff,
            all_jobs: Vec::new(),
            ready_heap: BinaryHeap::new(),
            waiting_heap: BinaryHeap::new(),
            dead: Vec::new(),
            pending_count: 0,
        }
    }

    fn make_job(&self, id: u64) -> Job {
        let entry = &self.all_jobs[id as usize];
        Job { id: id, name: entry.0.clone(), priority: entry.1, attempts: entry.2 }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.all_jobs.len() as u64;
        self.all_jobs.push((name.to_string(), priority, 0, QUEUED));
        self.ready_heap.push((priority, Reverse(id)));
        self.pending_count += 1;
        return id;
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // move every job whose backoff is over into the ready heap
        loop {
            let top = self.waiting_heap.peek().cloned();
            match top {
                Some(Reverse((when, id))) => {
                    if when > now {
                        break;
                    }
                    self.waiting_heap.pop();
                    let prio = self.all_jobs[id as usize].1;
                    self.ready_heap.push((prio, Reverse(id)));
                }
                None => break,
            }
        }
        let best = self.ready_heap.pop();
        if best.is_none() {
            return None;
        }
        let (_, Reverse(id)) = best.unwrap();
        let idx = id as usize;
        self.all_jobs[idx].2 += 1;
        self.all_jobs[idx].3 = RUNNING;
        self.pending_count -= 1;
        return Some(self.make_job(id));
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let idx = id as usize;
        if idx >= self.all_jobs.len() {
            return false;
        }
        if self.all_jobs[idx].3 != RUNNING {
            return false;
        }
        self.all_jobs[idx].3 = FINISHED;
        return true;
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let idx = id as usize;
        if idx >= self.all_jobs.len() || self.all_jobs[idx].3 != RUNNING {
            return None;
        }
        let attempts = self.all_jobs[idx].2;
        if attempts >= self.max_attempts {
            self.all_jobs[idx].3 = FINISHED;
            let job = self.make_job(id);
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let delay = compute_delay(self.base_backoff, attempts);
        let when = now.saturating_add(delay);
        self.all_jobs[idx].3 = QUEUED;
        self.waiting_heap.push(Reverse((when, id)));
        self.pending_count += 1;
        return Some(FailOutcome::Retry { not_before: when });
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.pending_count
    }
}
