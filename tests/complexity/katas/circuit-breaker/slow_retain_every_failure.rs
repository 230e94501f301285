// learner: slow
// why: CircuitBreaker::on_failure is O(n) time, target O(1): retain re-filters every failure in the window on each failure
use std::cell::Cell;
use std::collections::VecDeque;
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
    epoch: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError<E> {
    Open,
    Failed(E),
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    opened_at: Option<u64>,
    trial_out: bool,
    failures: Vec<u64>,
    epoch: u64,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, opened_at: None, trial_out: false, failures: Vec::new(), epoch: 0 }
    }

    pub fn state(&self) -> State {
        match self.opened_at {
            None => State::Closed,
            Some(_) if self.trial_out => State::HalfOpen,
            Some(s) if self.clock.now_ms() - s >= self.config.cool_down_ms => State::HalfOpen,
            Some(_) => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.state() {
            State::Closed => Ok(Permit { trial: false, epoch: self.epoch }),
            State::HalfOpen if !self.trial_out => {
                self.trial_out = true;
                self.epoch += 1;
                Ok(Permit { trial: true, epoch: self.epoch })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_out && permit.epoch == self.epoch {
            self.opened_at = None;
            self.trial_out = false;
            self.failures.clear();
            self.epoch += 1;
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.epoch != self.epoch {
            return;
        }
        let now = self.clock.now_ms();
        if permit.trial {
            if self.trial_out {
                self.trial_out = false;
                self.opened_at = Some(now);
                self.epoch += 1;
            }
            return;
        }
        if self.opened_at.is_some() {
            return;
        }
        let window = self.config.window_ms;
        self.failures.retain(|&t| now - t <= window);
        self.failures.push(now);
        if self.failures.len() >= self.config.failure_threshold.max(1) as usize {
            self.failures.clear();
            self.opened_at = Some(now);
            self.epoch += 1;
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
