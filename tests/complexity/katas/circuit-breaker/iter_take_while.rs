// learner: optimal
// idiom: iterator adapters: expire with take_while+count then drain(..k), Option::filter/map for state
//! A circuit breaker driven by an injected clock: see README.md.

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

use std::collections::VecDeque;

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    opened_at: Option<u64>,
    trial_out: bool,
    failures: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, opened_at: None, trial_out: false, failures: VecDeque::new() }
    }

    fn cooled_down(&self) -> Option<bool> {
        let now = self.clock.now_ms();
        self.opened_at.map(|s| now - s >= self.config.cool_down_ms)
    }

    pub fn state(&self) -> State {
        if self.trial_out {
            return State::HalfOpen;
        }
        self.cooled_down()
            .map(|ready| if ready { State::HalfOpen } else { State::Open })
            .unwrap_or(State::Closed)
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.trial_out {
            return Err(Rejected);
        }
        match self.cooled_down() {
            None => Ok(Permit { trial: false }),
            Some(false) => Err(Rejected),
            Some(true) => {
                self.trial_out = true;
                Ok(Permit { trial: true })
            }
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_out {
            self.trial_out = false;
            self.opened_at = None;
            self.failures.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.trial_out {
                self.trial_out = false;
                self.opened_at = Some(now);
            }
            return;
        }
        if self.opened_at.is_some() {
            return;
        }
        self.failures.push_back(now);
        let window = self.config.window_ms;
        let expired = self.failures.iter().take_while(|&&t| now - t > window).count();
        self.failures.drain(..expired);
        if self.failures.len() >= self.config.failure_threshold.max(1) as usize {
            self.opened_at = Some(now);
            self.failures.clear();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|Rejected| CallError::Open)?;
        f().map(|v| {
            self.on_success(Permit { trial: permit.trial });
            v
        })
        .map_err(|e| {
            self.on_failure(Permit { trial: permit.trial });
            CallError::Failed(e)
        })
    }
}
