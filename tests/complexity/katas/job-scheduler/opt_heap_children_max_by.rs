// learner: optimal
// idiom: hand-rolled max-heap whose sift-down picks the larger child with max_by over the two child indices
use std::collections::HashMap;

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

/// A minimal max-heap on a Vec.
struct MaxHeap<K: Ord> {
    items: Vec<K>,
}

impl<K: Ord> MaxHeap<K> {
    fn new() -> Self {
        MaxHeap { items: Vec::new() }
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn top(&self) -> Option<&K> {
        self.items.first()
    }

    fn push(&mut self, k: K) {
        self.items.push(k);
        let mut i = self.items.len() - 1;
        while i > 0 {
            let p = (i - 1) / 2;
            if self.items[p] >= self.items[i] {
                break;
            }
            self.items.swap(p, i);
            i = p;
        }
    }

    fn pop(&mut self) -> Option<K> {
        let n = self.items.len();
        if n == 0 {
            return None;
        }
        self.items.swap(0, n - 1);
        let out = self.items.pop();
        let n = self.items.len();
        let mut i = 0;
        loop {
            let l = 2 * i + 1;
            if l >= n {
                break;
            }
            // The larger child; the left one on a tie.
            let c = [l, l + 1]
                .into_iter()
                .filter(|&k| k < n)
                .max_by(|&a, &b| self.items[a].cmp(&self.items[b]).then(b.cmp(&a)))
                .unwrap_or(l);
            if self.items[i] >= self.items[c] {
                break;
            }
            self.items.swap(i, c);
            i = c;
        }
        out
    }
}

struct Record {
    job: Job,
    running: bool,
}

pub struct Scheduler {
    limit: u32,
    base_backoff: u64,
    counter: JobId,
    records: HashMap<JobId, Record>,
    // (priority, !id): larger priority first, then smaller id
    ready: MaxHeap<(u32, u64)>,
    // (!not_before, !id): earliest time first
    backoff_q: MaxHeap<(u64, u64)>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            limit: max_attempts.max(1),
            base_backoff,
            counter: 0,
            records: HashMap::new(),
            ready: MaxHeap::new(),
            backoff_q: MaxHeap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter += 1;
        let job = Job { id, name: name.into(), priority, attempts: 0 };
        self.records.insert(id, Record { job, running: false });
        self.ready.push((priority, !id));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&(neg_t, neg_id)) = self.backoff_q.top() {
            if !neg_t > now {
                break;
            }
            self.backoff_q.pop();
            let id = !neg_id;
            let prio = self.records[&id].job.priority;
            self.ready.push((prio, !id));
        }
        let (_, neg_id) = self.ready.pop()?;
        let rec = self.records.get_mut(&!neg_id)?;
        rec.job.attempts += 1;
        rec.running = true;
        Some(rec.job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.records.get(&id) {
            Some(r) if r.running => {
                self.records.remove(&id);
                true
            }
            _ => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let rec = self.records.get_mut(&id)?;
        if !rec.running {
            return None;
        }
        rec.running = false;
        if rec.job.attempts >= self.limit {
            let rec = self.records.remove(&id)?;
            self.dead.push(rec.job);
            return Some(FailOutcome::DeadLettered);
        }
        let t = now.saturating_add(backoff(self.base_backoff, rec.job.attempts));
        self.backoff_q.push((!t, !id));
        Some(FailOutcome::Retry { not_before: t })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.backoff_q.len()
    }
}
