// learner: optimal
// idiom: competitive-programmer style: short names, tuple heaps, a Vec indexed by id instead of a map
use std::cmp::Reverse;
use std::collections::BinaryHeap;

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

pub struct Scheduler {
    m: u32,
    b: u64,
    j: Vec<Job>,
    st: Vec<u8>, // 0 queued, 1 running, 2 gone
    r: BinaryHeap<(u32, Reverse<u64>)>,
    w: BinaryHeap<Reverse<(u64, u64)>>,
    d: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler { m: max_attempts.max(1), b: base_backoff, j: Vec::new(), st: Vec::new(), r: BinaryHeap::new(), w: BinaryHeap::new(), d: Vec::new() }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.j.len() as u64;
        self.j.push(Job { id, name: name.into(), priority, attempts: 0 });
        self.st.push(0);
        self.r.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&Reverse((t, i))) = self.w.peek() {
            if t > now {
                break;
            }
            self.w.pop();
            self.r.push((self.j[i as usize].priority, Reverse(i)));
        }
        let (_, Reverse(i)) = self.r.pop()?;
        let x = i as usize;
        self.j[x].attempts += 1;
        self.st[x] = 1;
        Some(self.j[x].clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let x = id as usize;
        if x >= self.st.len() || self.st[x] != 1 {
            return false;
        }
        self.st[x] = 2;
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let x = id as usize;
        if x >= self.st.len() || self.st[x] != 1 {
            return None;
        }
        let a = self.j[x].attempts;
        if a >= self.m {
            self.st[x] = 2;
            self.d.push(self.j[x].clone());
            return Some(FailOutcome::DeadLettered);
        }
        self.st[x] = 0;
        let f = 1u64.checked_shl(a - 1).unwrap_or(0);
        let wt = if f == 0 { if self.b == 0 { 0 } else { u64::MAX } } else { self.b.saturating_mul(f) };
        let t = now.saturating_add(wt);
        self.w.push(Reverse((t, id)));
        Some(FailOutcome::Retry { not_before: t })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.d
    }

    pub fn pending(&self) -> usize {
        self.r.len() + self.w.len()
    }
}
