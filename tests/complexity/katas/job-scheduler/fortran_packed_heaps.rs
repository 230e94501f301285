// learner: optimal
// idiom: Fortran-style: hand-rolled binary max-heaps over packed u128 keys in flat Vecs, per-id parallel arrays, index arithmetic sift up/down
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

const ST_QUEUED: u8 = 0;
const ST_RUNNING: u8 = 1;
const ST_GONE: u8 = 2;

pub struct Scheduler {
    maxatt: u32,
    base: u64,
    // per-job arrays indexed by id
    name: Vec<String>,
    prio: Vec<u32>,
    att: Vec<u32>,
    st: Vec<u8>,
    // heaps (max-heaps of u128 keys)
    hr: Vec<u128>, // ready: prio << 64 | (MAX - id)
    hd: Vec<u128>, // delayed: !(not_before << 64 | id), so the max is the earliest
    nq: usize,     // queued jobs (ready + delayed)
    dead: Vec<Job>,
}

fn heap_push(h: &mut Vec<u128>, key: u128) {
    h.push(key);
    let mut i = h.len() - 1;
    while i > 0 {
        let p = (i - 1) / 2;
        if h[p] >= h[i] {
            break;
        }
        h.swap(p, i);
        i = p;
    }
}

fn heap_pop(h: &mut Vec<u128>) -> u128 {
    let top = h[0];
    let last = h.pop().unwrap();
    let n = h.len();
    if n > 0 {
        h[0] = last;
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
    }
    top
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let mut m = max_attempts;
        if m == 0 {
            m = 1;
        }
        Scheduler {
            maxatt: m,
            base: base_backoff,
            name: Vec::new(),
            prio: Vec::new(),
            att: Vec::new(),
            st: Vec::new(),
            hr: Vec::new(),
            hd: Vec::new(),
            nq: 0,
            dead: Vec::new(),
        }
    }

    fn ready_key(&self, id: u64) -> u128 {
        ((self.prio[id as usize] as u128) << 64) | ((u64::MAX - id) as u128)
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.name.len() as u64;
        self.name.push(name.to_string());
        self.prio.push(priority);
        self.att.push(0);
        self.st.push(ST_QUEUED);
        let k = self.ready_key(id);
        heap_push(&mut self.hr, k);
        self.nq += 1;
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // move every delayed job whose time has come
        while !self.hd.is_empty() {
            let top = !self.hd[0];
            let nb = (top >> 64) as u64;
            if nb > now {
                break;
            }
            heap_pop(&mut self.hd);
            let id = (top & (u64::MAX as u128)) as u64;
            let k = self.ready_key(id);
            heap_push(&mut self.hr, k);
        }
        if self.hr.is_empty() {
            return None;
        }
        let key = heap_pop(&mut self.hr);
        let id = u64::MAX - (key & (u64::MAX as u128)) as u64;
        let i = id as usize;
        self.att[i] += 1;
        self.st[i] = ST_RUNNING;
        self.nq -= 1;
        Some(Job { id, name: self.name[i].clone(), priority: self.prio[i], attempts: self.att[i] })
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let i = id as usize;
        if i >= self.st.len() || self.st[i] != ST_RUNNING {
            return false;
        }
        self.st[i] = ST_GONE;
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let i = id as usize;
        if i >= self.st.len() || self.st[i] != ST_RUNNING {
            return None;
        }
        let k = self.att[i];
        if k >= self.maxatt {
            self.st[i] = ST_GONE;
            let nm = std::mem::take(&mut self.name[i]);
            self.dead.push(Job { id, name: nm, priority: self.prio[i], attempts: k });
            return Some(FailOutcome::DeadLettered);
        }
        let sh = k - 1;
        let mut wait = u64::MAX;
        if self.base == 0 {
            wait = 0;
        } else if sh < 64 {
            let f = 1u64 << sh;
            if self.base <= u64::MAX / f {
                wait = self.base * f;
            }
        }
        let nb = now.saturating_add(wait);
        self.st[i] = ST_QUEUED;
        heap_push(&mut self.hd, !(((nb as u128) << 64) | id as u128));
        self.nq += 1;
        Some(FailOutcome::Retry { not_before: nb })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.nq
    }
}
