// learner: optimal
// idiom: Chapel-style array-backed binary heaps with index-arithmetic sift loops, job fields in parallel arrays indexed by id
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

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

fn backoff_until(now: u64, base: u64, attempts: u32) -> u64 {
    let factor = 1u64.checked_shl(attempts.saturating_sub(1)).unwrap_or(u64::MAX);
    now.saturating_add(base.saturating_mul(factor))
}

/// Array min-heap over (u64, u64) keys; sift loops by index arithmetic.
struct ArrHeap {
    a: Vec<(u64, u64)>,
}

impl ArrHeap {
    fn new() -> Self {
        ArrHeap { a: Vec::new() }
    }

    fn push(&mut self, key: (u64, u64)) {
        self.a.push(key);
        let mut i = self.a.len() - 1;
        while i > 0 {
            let p = (i - 1) / 2;
            if self.a[p] <= self.a[i] {
                break;
            }
            self.a.swap(p, i);
            i = p;
        }
    }

    fn top(&self) -> Option<(u64, u64)> {
        if self.a.is_empty() { None } else { Some(self.a[0]) }
    }

    fn pop(&mut self) -> Option<(u64, u64)> {
        let n = self.a.len();
        if n == 0 {
            return None;
        }
        self.a.swap(0, n - 1);
        let out = self.a.pop();
        let n = n - 1;
        let mut i = 0;
        loop {
            let l = 2 * i + 1;
            let r = l + 1;
            let mut m = i;
            if l < n && self.a[l] < self.a[m] {
                m = l;
            }
            if r < n && self.a[r] < self.a[m] {
                m = r;
            }
            if m == i {
                break;
            }
            self.a.swap(i, m);
            i = m;
        }
        out
    }

    fn len(&self) -> usize {
        self.a.len()
    }
}

pub struct Scheduler {
    max_att: u32,
    base: u64,
    names: Vec<String>,
    prio: Vec<u32>,
    att: Vec<u32>,
    running: Vec<bool>,
    ready: ArrHeap,   // key (u32::MAX - priority, id)
    backoff: ArrHeap, // key (not_before, id)
    dlq: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_att: max_attempts.max(1),
            base: base_backoff,
            names: Vec::new(),
            prio: Vec::new(),
            att: Vec::new(),
            running: Vec::new(),
            ready: ArrHeap::new(),
            backoff: ArrHeap::new(),
            dlq: Vec::new(),
        }
    }

    fn job(&self, i: usize) -> Job {
        Job { id: i as JobId, name: self.names[i].clone(), priority: self.prio[i], attempts: self.att[i] }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.names.len();
        self.names.push(name.to_string());
        self.prio.push(priority);
        self.att.push(0);
        self.running.push(false);
        self.ready.push(((u32::MAX - priority) as u64, id as u64));
        id as JobId
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some((t, id)) = self.backoff.top() {
            if t > now {
                break;
            }
            self.backoff.pop();
            self.ready.push(((u32::MAX - self.prio[id as usize]) as u64, id));
        }
        let (_, id) = self.ready.pop()?;
        let i = id as usize;
        self.att[i] += 1;
        self.running[i] = true;
        Some(self.job(i))
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let i = id as usize;
        if i < self.running.len() && self.running[i] {
            self.running[i] = false;
            return true;
        }
        false
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let i = id as usize;
        if i >= self.running.len() || !self.running[i] {
            return None;
        }
        self.running[i] = false;
        if self.att[i] >= self.max_att {
            let j = self.job(i);
            self.dlq.push(j);
            return Some(FailOutcome::DeadLettered);
        }
        let t = backoff_until(now, self.base, self.att[i]);
        self.backoff.push((t, id));
        Some(FailOutcome::Retry { not_before: t })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dlq
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.backoff.len()
    }
}
