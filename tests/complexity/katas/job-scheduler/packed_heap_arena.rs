// learner: optimal
// idiom: retro: hand-rolled binary heaps over packed u128 keys, job arena in parallel Vecs indexed by id, state byte per job
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

const ST_QUEUED: u8 = 0;
const ST_RUNNING: u8 = 1;
const ST_DONE: u8 = 2;

// max-heap of u128: hi 64 = priority, lo 64 = !id (earlier id = bigger)
fn hpush_max(h: &mut Vec<u128>, k: u128) {
    h.push(k);
    let mut i = h.len() - 1;
    while i > 0 {
        let p = (i - 1) >> 1;
        if h[p] >= h[i] {
            break;
        }
        h.swap(p, i);
        i = p;
    }
}

fn hpop_max(h: &mut Vec<u128>) -> Option<u128> {
    let n = h.len();
    if n == 0 {
        return None;
    }
    h.swap(0, n - 1);
    let top = h.pop();
    let n = h.len();
    let mut i = 0;
    loop {
        let l = 2 * i + 1;
        let r = l + 1;
        let mut m = i;
        if l < n && h[l] > h[m] {
            m = l;
        }
        if r < n && h[r] > h[m] {
            m = r;
        }
        if m == i {
            break;
        }
        h.swap(i, m);
        i = m;
    }
    top
}

pub struct Scheduler {
    max_att: u32,
    base: u64,
    names: Vec<String>,
    prio: Vec<u32>,
    att: Vec<u32>,
    state: Vec<u8>,
    ready: Vec<u128>,   // max-heap
    waiting: Vec<u128>, // stored as !((t << 64) | id) so the max-heap pops the smallest time
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_att: if max_attempts == 0 { 1 } else { max_attempts },
            base: base_backoff,
            names: Vec::new(),
            prio: Vec::new(),
            att: Vec::new(),
            state: Vec::new(),
            ready: Vec::new(),
            waiting: Vec::new(),
            dead: Vec::new(),
        }
    }

    fn ready_key(&self, id: u64) -> u128 {
        ((self.prio[id as usize] as u128) << 64) | (!id as u128)
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.names.len() as u64;
        self.names.push(name.to_string());
        self.prio.push(priority);
        self.att.push(0);
        self.state.push(ST_QUEUED);
        let k = self.ready_key(id);
        hpush_max(&mut self.ready, k);
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // move due jobs from waiting to ready
        while let Some(&top) = self.waiting.first() {
            let raw = !top;
            let t = (raw >> 64) as u64;
            if t > now {
                break;
            }
            hpop_max(&mut self.waiting);
            let id = raw as u64;
            let k = self.ready_key(id);
            hpush_max(&mut self.ready, k);
        }
        let k = hpop_max(&mut self.ready)?;
        let id = !(k as u64);
        let i = id as usize;
        self.att[i] += 1;
        self.state[i] = ST_RUNNING;
        Some(Job { id, name: self.names[i].clone(), priority: self.prio[i], attempts: self.att[i] })
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let i = id as usize;
        if i >= self.state.len() || self.state[i] != ST_RUNNING {
            return false;
        }
        self.state[i] = ST_DONE;
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let i = id as usize;
        if i >= self.state.len() || self.state[i] != ST_RUNNING {
            return None;
        }
        let k = self.att[i];
        if k >= self.max_att {
            self.state[i] = ST_DONE;
            let name = std::mem::take(&mut self.names[i]);
            self.dead.push(Job { id, name, priority: self.prio[i], attempts: k });
            return Some(FailOutcome::DeadLettered);
        }
        let sh = k - 1;
        let wait = if self.base == 0 {
            0
        } else if sh >= 64 || (self.base >> (63 - sh.min(63))) > 1 || self.base.leading_zeros() < sh {
            u64::MAX
        } else {
            self.base << sh
        };
        let t = now.saturating_add(wait);
        self.state[i] = ST_QUEUED;
        hpush_max(&mut self.waiting, !(((t as u128) << 64) | id as u128));
        Some(FailOutcome::Retry { not_before: t })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
