// learner: optimal
// idiom: RPG IV: hand-coded heap in an array with an explicit element count (no BinaryHeap, as on the box), job data in an array indexed by job number
// Job numbers are 0,1,2,... so the job "file" is just an array indexed by
// the number, like a DIM'd array with RRN access. The two queues are heaps
// I sift up and down myself, with an element counter.

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

// status codes for the job array
const ST_QUEUED: u8 = b'Q';
const ST_RUNNING: u8 = b'R';
const ST_GONE: u8 = b'X';

// one heap entry: (key1, key2) compared as a pair; the heap hands out the
// SMALLEST pair. For ready jobs key1 = u32::MAX - priority so the highest
// priority is smallest; key2 = job number (FIFO).
#[derive(Clone, Copy)]
struct HeapEnt {
    k1: u64,
    k2: u64,
}

struct MinHeap {
    ar: Vec<HeapEnt>,
    n: usize,
}

impl MinHeap {
    fn new() -> Self {
        MinHeap { ar: Vec::new(), n: 0 }
    }

    fn less(a: HeapEnt, b: HeapEnt) -> bool {
        a.k1 < b.k1 || (a.k1 == b.k1 && a.k2 < b.k2)
    }

    fn push(&mut self, p_ent: HeapEnt) {
        if self.n < self.ar.len() {
            self.ar[self.n] = p_ent;
        } else {
            self.ar.push(p_ent);
        }
        let mut ix = self.n;
        self.n += 1;
        // sift up
        while ix > 0 {
            let ip = (ix - 1) / 2;
            if Self::less(self.ar[ix], self.ar[ip]) {
                self.ar.swap(ix, ip);
                ix = ip;
            } else {
                break;
            }
        }
    }

    fn top(&self) -> Option<HeapEnt> {
        if self.n == 0 {
            None
        } else {
            Some(self.ar[0])
        }
    }

    fn pop(&mut self) -> Option<HeapEnt> {
        if self.n == 0 {
            return None;
        }
        let w_top = self.ar[0];
        self.n -= 1;
        self.ar[0] = self.ar[self.n];
        // sift down
        let mut ix: usize = 0;
        loop {
            let il = 2 * ix + 1;
            let ir = il + 1;
            let mut ismall = ix;
            if il < self.n && Self::less(self.ar[il], self.ar[ismall]) {
                ismall = il;
            }
            if ir < self.n && Self::less(self.ar[ir], self.ar[ismall]) {
                ismall = ir;
            }
            if ismall == ix {
                break;
            }
            self.ar.swap(ix, ismall);
            ix = ismall;
        }
        Some(w_top)
    }
}

pub struct Scheduler {
    c_max_att: u32,
    c_base: u64,
    ar_job: Vec<Job>,
    ar_status: Vec<u8>,
    hp_ready: MinHeap,
    hp_delay: MinHeap,
    ar_dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let mut w_max = max_attempts;
        if w_max == 0 {
            w_max = 1;
        }
        Scheduler {
            c_max_att: w_max,
            c_base: base_backoff,
            ar_job: Vec::new(),
            ar_status: Vec::new(),
            hp_ready: MinHeap::new(),
            hp_delay: MinHeap::new(),
            ar_dead: Vec::new(),
        }
    }

    fn ready_key(p_job: &Job) -> HeapEnt {
        HeapEnt { k1: (u32::MAX - p_job.priority) as u64, k2: p_job.id }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let w_id = self.ar_job.len() as JobId;
        let w_job = Job { id: w_id, name: name.to_string(), priority, attempts: 0 };
        self.hp_ready.push(Self::ready_key(&w_job));
        self.ar_job.push(w_job);
        self.ar_status.push(ST_QUEUED);
        w_id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // DOW: move the due ones from the delay heap to the ready heap
        while let Some(w_top) = self.hp_delay.top() {
            if w_top.k1 > now {
                break;
            }
            self.hp_delay.pop();
            let w_key = Self::ready_key(&self.ar_job[w_top.k2 as usize]);
            self.hp_ready.push(w_key);
        }

        let w_ent = self.hp_ready.pop()?;
        let ix = w_ent.k2 as usize;
        self.ar_job[ix].attempts += 1;
        self.ar_status[ix] = ST_RUNNING;
        Some(self.ar_job[ix].clone())
    }

    fn is_running(&self, id: JobId) -> bool {
        (id as usize) < self.ar_status.len() && self.ar_status[id as usize] == ST_RUNNING
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.is_running(id) {
            return false;
        }
        self.ar_status[id as usize] = ST_GONE;
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.is_running(id) {
            return None;
        }
        let ix = id as usize;
        let w_att = self.ar_job[ix].attempts;
        if w_att >= self.c_max_att {
            self.ar_status[ix] = ST_GONE;
            self.ar_dead.push(self.ar_job[ix].clone());
            return Some(FailOutcome::DeadLettered);
        }
        let w_mult = match 1u64.checked_shl(w_att - 1) {
            Some(m) => m,
            None => u64::MAX,
        };
        let w_when = now.saturating_add(self.c_base.saturating_mul(w_mult));
        self.ar_status[ix] = ST_QUEUED;
        self.hp_delay.push(HeapEnt { k1: w_when, k2: id });
        Some(FailOutcome::Retry { not_before: w_when })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.ar_dead
    }

    pub fn pending(&self) -> usize {
        self.hp_ready.n + self.hp_delay.n
    }
}
