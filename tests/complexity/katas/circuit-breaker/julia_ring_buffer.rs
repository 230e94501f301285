// learner: optimal
// idiom: Julia-style hand-rolled ring buffer: Vec<u64> with head index + count, modular index arithmetic, bools for state
use std::cell::Cell;
use std::rc::Rc;

pub trait Clock {
    fn now_ms(&self) -> u64;
}

#[derive(Debug, Clone, Default)]
pub struct ManualClock(Rc<Cell<u64>>);

impl ManualClock {
    pub fn new(start_ms: u64) -> Self {
        ManualClock(Rc::new(Cell::new(start_ms)))
    }

    pub fn advance(&self, ms: u64) {
        self.0.set(self.0.get() + ms);
    }

    pub fn set(&self, ms: u64) {
        self.0.set(ms);
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> u64 {
        self.0.get()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    pub failure_threshold: u32,
    pub window_ms: u64,
    pub cool_down_ms: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Closed,
    Open,
    HalfOpen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rejected;

#[must_use = "report the outcome with on_success or on_failure"]
#[derive(Debug, PartialEq, Eq)]
pub struct Permit {
    trial: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError<E> {
    Open,
    Failed(E),
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    is_open: bool,
    trial_out: bool,
    opened_at: u64,
    // ring buffer of failure times, capacity = threshold
    buf: Vec<u64>,
    head: usize,
    count: usize,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, is_open: false, trial_out: false, opened_at: 0, buf: Vec::new(), head: 0, count: 0 }
    }

    fn cap(&self) -> usize {
        std::cmp::max(self.config.failure_threshold, 1) as usize
    }

    fn reset_ring(&mut self) {
        self.head = 0;
        self.count = 0;
    }

    fn push_time(&mut self, t: u64) {
        let cap = self.cap();
        if self.buf.len() < cap {
            // grow lazily, only up to capacity
            self.buf.push(0);
        }
        let n = self.buf.len();
        let idx = (self.head + self.count) % n;
        self.buf[idx] = t;
        self.count += 1;
    }

    fn drop_expired(&mut self, now: u64) {
        let n = self.buf.len();
        while self.count > 0 && now - self.buf[self.head] > self.config.window_ms {
            self.head = (self.head + 1) % n;
            self.count -= 1;
        }
    }

    pub fn state(&self) -> State {
        if !self.is_open {
            return State::Closed;
        }
        if self.trial_out || self.clock.now_ms() - self.opened_at >= self.config.cool_down_ms {
            return State::HalfOpen;
        }
        State::Open
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if !self.is_open {
            return Ok(Permit { trial: false });
        }
        if self.trial_out {
            return Err(Rejected);
        }
        if self.clock.now_ms() - self.opened_at >= self.config.cool_down_ms {
            self.trial_out = true;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_out {
            self.is_open = false;
            self.trial_out = false;
            self.reset_ring();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.trial_out {
                self.trial_out = false;
                self.opened_at = now;
            }
            return;
        }
        if self.is_open {
            return;
        }
        // ring never overflows: we drop expired first and open when full
        if self.count > 0 {
            self.drop_expired(now);
        }
        if self.count == 0 {
            self.head = 0;
        }
        self.push_time(now);
        if self.count >= self.cap() {
            self.is_open = true;
            self.opened_at = now;
            self.reset_ring();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        if let Ok(p) = self.try_acquire() {
            let r = f();
            if r.is_ok() {
                self.on_success(p);
            } else {
                self.on_failure(p);
            }
            r.map_err(CallError::Failed)
        } else {
            Err(CallError::Open)
        }
    }
}
