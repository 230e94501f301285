// learner: optimal
// idiom: q/kdb+ quant: jobs as a columnar table indexed by id (name, prio, attempts, state columns), ready queue as a sorted set keyed (desc prio; id), sleepers as a sorted dict keyed (wake; id), drained with pop_first
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

use std::cmp::Reverse;
use std::collections::BTreeSet;

#[derive(Clone, Copy, PartialEq, Eq)]
enum St {
    Queued,
    Running,
    Done,
}

pub struct Scheduler {
    max: u32,
    base: u64,
    // columns, row = job id
    name: Vec<String>,
    prio: Vec<u32>,
    tries: Vec<u32>,
    st: Vec<St>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    sleep: BTreeSet<(u64, JobId)>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max: max_attempts.max(1),
            base: base_backoff,
            name: vec![],
            prio: vec![],
            tries: vec![],
            st: vec![],
            ready: BTreeSet::new(),
            sleep: BTreeSet::new(),
            dead: vec![],
        }
    }

    fn row(&self, i: usize) -> Job {
        Job { id: i as JobId, name: self.name[i].clone(), priority: self.prio[i], attempts: self.tries[i] }
    }

    fn is(&self, id: JobId, s: St) -> bool {
        usize::try_from(id).ok().and_then(|i| self.st.get(i)).is_some_and(|&x| x == s)
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.name.len() as JobId;
        self.name.push(name.to_owned());
        self.prio.push(priority);
        self.tries.push(0);
        self.st.push(St::Queued);
        self.ready.insert((Reverse(priority), id));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while self.sleep.first().is_some_and(|&(t, _)| t <= now) {
            let (_, id) = self.sleep.pop_first()?;
            self.ready.insert((Reverse(self.prio[id as usize]), id));
        }
        let (_, id) = self.ready.pop_first()?;
        let i = id as usize;
        self.tries[i] += 1;
        self.st[i] = St::Running;
        Some(self.row(i))
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let ok = self.is(id, St::Running);
        if ok {
            self.st[id as usize] = St::Done;
        }
        ok
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.is(id, St::Running) {
            return None;
        }
        let i = id as usize;
        let k = self.tries[i];
        if k >= self.max {
            self.st[i] = St::Done;
            self.dead.push(self.row(i));
            return Some(FailOutcome::DeadLettered);
        }
        let wait = 1u64.checked_shl(k - 1).map_or(if self.base == 0 { 0 } else { u64::MAX }, |p| self.base.saturating_mul(p));
        let t = now.saturating_add(wait);
        self.st[i] = St::Queued;
        self.sleep.insert((t, id));
        Some(FailOutcome::Retry { not_before: t })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.sleep.len()
    }
}
