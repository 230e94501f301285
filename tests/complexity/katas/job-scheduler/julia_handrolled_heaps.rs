// learner: optimal
// idiom: Julia-style hand-rolled binary heaps in Vecs with sift_up!/sift_down!-like helpers, jobs in a Vec indexed by id, index loops
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

// ready heap keys: (priority, id) — max priority, then min id
fn ready_better(a: (u32, u64), b: (u32, u64)) -> bool {
    a.0 > b.0 || (a.0 == b.0 && a.1 < b.1)
}

// waiting heap keys: (not_before, id) — min time first
fn wait_better(a: (u64, u64), b: (u64, u64)) -> bool {
    a < b
}

fn sift_up<K: Copy>(h: &mut Vec<K>, mut i: usize, better: fn(K, K) -> bool) {
    while i > 0 {
        let p = (i - 1) / 2;
        if better(h[i], h[p]) {
            h.swap(i, p);
            i = p;
        } else {
            break;
        }
    }
}

fn sift_down<K: Copy>(h: &mut Vec<K>, mut i: usize, better: fn(K, K) -> bool) {
    let n = h.len();
    loop {
        let l = 2 * i + 1;
        let r = l + 1;
        let mut best = i;
        if l < n && better(h[l], h[best]) {
            best = l;
        }
        if r < n && better(h[r], h[best]) {
            best = r;
        }
        if best == i {
            break;
        }
        h.swap(i, best);
        i = best;
    }
}

fn heap_push<K: Copy>(h: &mut Vec<K>, k: K, better: fn(K, K) -> bool) {
    h.push(k);
    let last = h.len() - 1;
    sift_up(h, last, better);
}

fn heap_pop<K: Copy>(h: &mut Vec<K>, better: fn(K, K) -> bool) -> Option<K> {
    if h.is_empty() {
        return None;
    }
    let last = h.len() - 1;
    h.swap(0, last);
    let top = h.pop();
    if !h.is_empty() {
        sift_down(h, 0, better);
    }
    top
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    names: Vec<String>,
    prios: Vec<u32>,
    attempts: Vec<u32>,
    running: Vec<bool>,
    ready: Vec<(u32, u64)>,
    waiting: Vec<(u64, u64)>,
    dead: Vec<Job>,
}

fn backoff_for(base: u64, k: u32) -> u64 {
    let shift = k - 1;
    if shift >= 64 {
        return if base == 0 { 0 } else { u64::MAX };
    }
    base.saturating_mul(1u64 << shift)
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            base_backoff,
            names: Vec::new(),
            prios: Vec::new(),
            attempts: Vec::new(),
            running: Vec::new(),
            ready: Vec::new(),
            waiting: Vec::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.names.len() as u64;
        self.names.push(name.to_string());
        self.prios.push(priority);
        self.attempts.push(0);
        self.running.push(false);
        heap_push(&mut self.ready, (priority, id), ready_better);
        id
    }

    fn promote_due(&mut self, now: u64) {
        while !self.waiting.is_empty() && self.waiting[0].0 <= now {
            let (_, id) = heap_pop(&mut self.waiting, wait_better).unwrap();
            let p = self.prios[id as usize];
            heap_push(&mut self.ready, (p, id), ready_better);
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.promote_due(now);
        let (prio, id) = heap_pop(&mut self.ready, ready_better)?;
        let i = id as usize;
        self.attempts[i] += 1;
        self.running[i] = true;
        Some(Job { id, name: self.names[i].clone(), priority: prio, attempts: self.attempts[i] })
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let i = id as usize;
        if i < self.running.len() && self.running[i] {
            self.running[i] = false;
            true
        } else {
            false
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let i = id as usize;
        if i >= self.running.len() || !self.running[i] {
            return None;
        }
        self.running[i] = false;
        let k = self.attempts[i];
        if k >= self.max_attempts {
            self.dead.push(Job { id, name: self.names[i].clone(), priority: self.prios[i], attempts: k });
            return Some(FailOutcome::DeadLettered);
        }
        let t = now.saturating_add(backoff_for(self.base_backoff, k));
        heap_push(&mut self.waiting, (t, id), wait_better);
        Some(FailOutcome::Retry { not_before: t })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
