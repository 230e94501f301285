// learner: optimal
// idiom: generic leftist min-heap as an inductive enum with recursive meld, job status as an enum in a Vec indexed by id, explicit case analysis
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

/// Leftist heap (min at the root): Leaf | Node(rank, key, left, right).
enum Heap<K: Ord> {
    Leaf,
    Node(u32, K, Box<Heap<K>>, Box<Heap<K>>),
}

impl<K: Ord> Heap<K> {
    fn rank(&self) -> u32 {
        match self {
            Heap::Leaf => 0,
            Heap::Node(r, ..) => *r,
        }
    }

    fn node(k: K, a: Heap<K>, b: Heap<K>) -> Heap<K> {
        let (l, r) = if a.rank() >= b.rank() { (a, b) } else { (b, a) };
        Heap::Node(r.rank() + 1, k, Box::new(l), Box::new(r))
    }

    /// Structural recursion along the right spines: O(log n) depth.
    fn meld(a: Heap<K>, b: Heap<K>) -> Heap<K> {
        match (a, b) {
            (Heap::Leaf, h) | (h, Heap::Leaf) => h,
            (Heap::Node(ra, ka, la, xa), Heap::Node(rb, kb, lb, xb)) => {
                if ka <= kb {
                    Heap::node(ka, *la, Heap::meld(*xa, Heap::Node(rb, kb, lb, xb)))
                } else {
                    Heap::node(kb, *lb, Heap::meld(Heap::Node(ra, ka, la, xa), *xb))
                }
            }
        }
    }

    fn push(&mut self, k: K) {
        let h = std::mem::replace(self, Heap::Leaf);
        *self = Heap::meld(h, Heap::Node(1, k, Box::new(Heap::Leaf), Box::new(Heap::Leaf)));
    }

    fn peek(&self) -> Option<&K> {
        match self {
            Heap::Leaf => None,
            Heap::Node(_, k, _, _) => Some(k),
        }
    }

    fn pop(&mut self) -> Option<K> {
        match std::mem::replace(self, Heap::Leaf) {
            Heap::Leaf => None,
            Heap::Node(_, k, l, r) => {
                *self = Heap::meld(*l, *r);
                Some(k)
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Queued,
    Running,
    Finished,
}

pub struct Scheduler {
    limit: u32,
    base: u64,
    jobs: Vec<Job>,
    status: Vec<Status>,
    /// min-heap on (Reverse priority, id) = best job first.
    ready: Heap<(std::cmp::Reverse<u32>, JobId)>,
    /// min-heap on (not_before, id).
    waiting: Heap<(u64, JobId)>,
    queued: usize,
    morgue: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            limit: if max_attempts == 0 { 1 } else { max_attempts },
            base: base_backoff,
            jobs: Vec::new(),
            status: Vec::new(),
            ready: Heap::Leaf,
            waiting: Heap::Leaf,
            queued: 0,
            morgue: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.jobs.len() as JobId;
        self.jobs.push(Job { id, name: name.to_owned(), priority, attempts: 0 });
        self.status.push(Status::Queued);
        self.ready.push((std::cmp::Reverse(priority), id));
        self.queued += 1;
        id
    }

    fn release_until(&mut self, now: u64) {
        loop {
            match self.waiting.peek() {
                Some(&(t, _)) if t <= now => {
                    let (_, id) = self.waiting.pop().expect("peeked");
                    let p = self.jobs[id as usize].priority;
                    self.ready.push((std::cmp::Reverse(p), id));
                }
                _ => return,
            }
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.release_until(now);
        match self.ready.pop() {
            None => None,
            Some((_, id)) => {
                let i = id as usize;
                self.status[i] = Status::Running;
                self.queued -= 1;
                self.jobs[i].attempts += 1;
                Some(self.jobs[i].clone())
            }
        }
    }

    fn is_running(&self, id: JobId) -> bool {
        match self.status.get(id as usize) {
            Some(Status::Running) => true,
            Some(Status::Queued) | Some(Status::Finished) | None => false,
        }
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.is_running(id) {
            false => false,
            true => {
                self.status[id as usize] = Status::Finished;
                true
            }
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.is_running(id) {
            return None;
        }
        let i = id as usize;
        let k = self.jobs[i].attempts;
        match k >= self.limit {
            true => {
                self.status[i] = Status::Finished;
                self.morgue.push(self.jobs[i].clone());
                Some(FailOutcome::DeadLettered)
            }
            false => {
                let not_before = backoff_until(now, self.base, k);
                self.status[i] = Status::Queued;
                self.queued += 1;
                self.waiting.push((not_before, id));
                Some(FailOutcome::Retry { not_before })
            }
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.morgue
    }

    pub fn pending(&self) -> usize {
        self.queued
    }
}
