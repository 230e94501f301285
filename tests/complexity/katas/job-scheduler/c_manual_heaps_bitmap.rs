// learner: optimal
// idiom: C-style: jobs in a Vec indexed by id, two hand-written binary heaps of ids (sift up/down), a u64 bitmap for the running set
//! A priority job queue with retries, exponential backoff and a dead-letter queue.

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

pub struct Scheduler {
    max_att: u32,
    base: u64,
    jobs: Vec<Job>,
    not_before: Vec<u64>,
    ready: Vec<u32>, // max-heap on (priority, -id)
    delay: Vec<u32>, // min-heap on (not_before, id)
    running: Vec<u64>, // bitmap, bit id set while running
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_att: if max_attempts == 0 { 1 } else { max_attempts },
            base: base_backoff,
            jobs: Vec::new(),
            not_before: Vec::new(),
            ready: Vec::new(),
            delay: Vec::new(),
            running: Vec::new(),
            dead: Vec::new(),
        }
    }

    // ---- ready heap ----
    fn r_before(&self, a: u32, b: u32) -> bool {
        let pa = self.jobs[a as usize].priority;
        let pb = self.jobs[b as usize].priority;
        pa > pb || (pa == pb && a < b)
    }

    fn r_push(&mut self, id: u32) {
        self.ready.push(id);
        let mut i = self.ready.len() - 1;
        while i > 0 {
            let p = (i - 1) / 2;
            if !self.r_before(self.ready[i], self.ready[p]) {
                break;
            }
            self.ready.swap(i, p);
            i = p;
        }
    }

    fn r_pop(&mut self) -> Option<u32> {
        if self.ready.is_empty() {
            return None;
        }
        let top = self.ready.swap_remove(0);
        let n = self.ready.len();
        let mut i = 0;
        loop {
            let l = 2 * i + 1;
            if l >= n {
                break;
            }
            let mut c = l;
            if l + 1 < n && self.r_before(self.ready[l + 1], self.ready[l]) {
                c = l + 1;
            }
            if !self.r_before(self.ready[c], self.ready[i]) {
                break;
            }
            self.ready.swap(i, c);
            i = c;
        }
        Some(top)
    }

    // ---- delay heap ----
    fn d_before(&self, a: u32, b: u32) -> bool {
        let ta = self.not_before[a as usize];
        let tb = self.not_before[b as usize];
        ta < tb || (ta == tb && a < b)
    }

    fn d_push(&mut self, id: u32) {
        self.delay.push(id);
        let mut i = self.delay.len() - 1;
        while i > 0 {
            let p = (i - 1) / 2;
            if !self.d_before(self.delay[i], self.delay[p]) {
                break;
            }
            self.delay.swap(i, p);
            i = p;
        }
    }

    fn d_pop(&mut self) -> u32 {
        let top = self.delay.swap_remove(0);
        let n = self.delay.len();
        let mut i = 0;
        loop {
            let l = 2 * i + 1;
            if l >= n {
                break;
            }
            let mut c = l;
            if l + 1 < n && self.d_before(self.delay[l + 1], self.delay[l]) {
                c = l + 1;
            }
            if !self.d_before(self.delay[c], self.delay[i]) {
                break;
            }
            self.delay.swap(i, c);
            i = c;
        }
        top
    }

    // ---- running bitmap ----
    fn bit_set(&mut self, id: u64) {
        let w = (id / 64) as usize;
        while self.running.len() <= w {
            self.running.push(0);
        }
        self.running[w] |= 1u64 << (id % 64);
    }

    fn bit_test_clear(&mut self, id: u64) -> bool {
        let w = (id / 64) as usize;
        if w >= self.running.len() {
            return false;
        }
        let m = 1u64 << (id % 64);
        let was = self.running[w] & m != 0;
        self.running[w] &= !m;
        was
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.jobs.len() as u64;
        self.jobs.push(Job { id, name: name.to_string(), priority, attempts: 0 });
        self.not_before.push(0);
        self.r_push(id as u32);
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while !self.delay.is_empty() && self.not_before[self.delay[0] as usize] <= now {
            let id = self.d_pop();
            self.r_push(id);
        }
        let id = self.r_pop()?;
        self.bit_set(id as u64);
        let j = &mut self.jobs[id as usize];
        j.attempts += 1;
        Some(j.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.bit_test_clear(id)
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.bit_test_clear(id) {
            return None;
        }
        let k = self.jobs[id as usize].attempts;
        if k >= self.max_att {
            let j = self.jobs[id as usize].clone();
            self.dead.push(j);
            return Some(FailOutcome::DeadLettered);
        }
        let mult = if k - 1 >= 64 { u64::MAX } else { 1u64 << (k - 1) };
        let t = now.saturating_add(self.base.saturating_mul(mult));
        self.not_before[id as usize] = t;
        self.d_push(id as u32);
        Some(FailOutcome::Retry { not_before: t })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.delay.len()
    }
}
