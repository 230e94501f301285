// learner: slow
// why: CircuitBreaker::on_failure is O(n) time, target O(1): re-filters the whole failure Vec with retain on every failure
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
    open_since: Option<u64>,
    half_open: bool,
    failures: Vec<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, open_since: None, half_open: false, failures: Vec::new() }
    }

    pub fn state(&self) -> State {
        if self.half_open {
            return State::HalfOpen;
        }
        match self.open_since {
            None => State::Closed,
            Some(s) if self.clock.now_ms() - s >= self.config.cool_down_ms => State::HalfOpen,
            Some(_) => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.half_open {
            return Err(Rejected);
        }
        match self.open_since {
            None => Ok(Permit { trial: false }),
            Some(s) if self.clock.now_ms() - s >= self.config.cool_down_ms => {
                self.half_open = true;
                Ok(Permit { trial: true })
            }
            Some(_) => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.half_open {
            self.half_open = false;
            self.open_since = None;
            self.failures.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.half_open {
                self.half_open = false;
                self.open_since = Some(now);
            }
            return;
        }
        if self.open_since.is_some() || self.half_open {
            return;
        }
        self.failures.push(now);
        let window = self.config.window_ms;
        self.failures.retain(|&t| now - t <= window);
        let limit = self.config.failure_threshold.max(1) as usize;
        if self.failures.len() >= limit {
            self.open_since = Some(now);
            self.failures.clear();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|_| CallError::Open)?;
        match f() {
            Ok(v) => {
                self.on_success(permit);
                Ok(v)
            }
            Err(e) => {
                self.on_failure(permit);
                Err(CallError::Failed(e))
            }
        }
    }
}
