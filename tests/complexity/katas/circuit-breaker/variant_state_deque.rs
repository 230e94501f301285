// learner: optimal
// idiom: a ReScript web developer: one variant enum carries each state's data, every method is a single `match`, failures in a VecDeque expired from the front
//! A circuit breaker driven by an injected clock: see README.md.

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

// Like a ReScript variant: each case carries exactly what it needs.
#[derive(Debug)]
enum Phase {
    Closed { failures: VecDeque<u64> },
    Open { since: u64 },
    Trial,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: Phase,
    // bumped on every transition, so permits from an older phase are recognised as stale
    epoch: u64,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, phase: Phase::Closed { failures: VecDeque::new() }, epoch: 0 }
    }

    fn threshold(&self) -> usize {
        self.config.failure_threshold.max(1) as usize
    }

    fn cooled_down(&self, since: u64) -> bool {
        self.clock.now_ms() - since >= self.config.cool_down_ms
    }

    fn go(&mut self, phase: Phase) {
        self.phase = phase;
        self.epoch += 1;
    }

    pub fn state(&self) -> State {
        match &self.phase {
            Phase::Closed { .. } => State::Closed,
            Phase::Open { since } if self.cooled_down(*since) => State::HalfOpen,
            Phase::Open { .. } => State::Open,
            Phase::Trial => State::HalfOpen,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.phase {
            Phase::Closed { .. } => Ok(Permit { trial: false, epoch: self.epoch }),
            Phase::Open { since } if self.cooled_down(since) => {
                self.go(Phase::Trial);
                Ok(Permit { trial: true, epoch: self.epoch })
            }
            Phase::Open { .. } | Phase::Trial => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        match (&self.phase, permit) {
            (Phase::Trial, Permit { trial: true, epoch }) if epoch == self.epoch => {
                self.go(Phase::Closed { failures: VecDeque::new() })
            }
            _ => (),
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.epoch != self.epoch {
            return;
        }
        let now = self.clock.now_ms();
        let window = self.config.window_ms;
        let threshold = self.threshold();
        match (&mut self.phase, permit.trial) {
            (Phase::Trial, true) => self.go(Phase::Open { since: now }),
            (Phase::Closed { failures }, false) => {
                failures.push_back(now);
                while let Some(&oldest) = failures.front() {
                    if now - oldest > window {
                        failures.pop_front();
                    } else {
                        break;
                    }
                }
                if failures.len() >= threshold {
                    self.go(Phase::Open { since: now });
                }
            }
            _ => (),
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|_| CallError::Open)?;
        match f() {
            Ok(value) => {
                self.on_success(permit);
                Ok(value)
            }
            Err(e) => {
                self.on_failure(permit);
                Err(CallError::Failed(e))
            }
        }
    }
}
