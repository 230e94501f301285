// learner: slow
// why: CircuitBreaker::on_failure is O(n) time, target O(1): retain re-filters the whole failure list on every failure
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

use std::collections::HashMap;

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    status: HashMap<&'static str, u64>,
    failures: Vec<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, status: HashMap::new(), failures: Vec::new() }
    }

    pub fn state(&self) -> State {
        match (self.status.get("trial"), self.status.get("open_since")) {
            (Some(_), _) => State::HalfOpen,
            (None, Some(&since)) if self.clock.now_ms() - since >= self.config.cool_down_ms => State::HalfOpen,
            (None, Some(_)) => State::Open,
            (None, None) => State::Closed,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.state() {
            State::Closed => Ok(Permit { trial: false }),
            State::HalfOpen if !self.status.contains_key("trial") => {
                self.status.insert("trial", 1);
                Ok(Permit { trial: true })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.status.contains_key("trial") {
            self.status.clear();
            self.failures.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.status.remove("trial").is_some() {
                self.status.insert("open_since", now);
            }
            return;
        }
        if !self.status.is_empty() {
            return;
        }
        let window = self.config.window_ms;
        self.failures.push(now);
        self.failures.retain(|&t| now - t <= window);
        if self.failures.len() >= self.config.failure_threshold.max(1) as usize {
            self.status.insert("open_since", now);
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
