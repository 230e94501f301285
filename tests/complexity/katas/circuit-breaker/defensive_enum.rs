// learner: optimal
// idiom: defensive beginner: state enum with explicit matches everywhere, early returns, mem::replace for transitions, saturating math
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
use std::mem;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Inner {
    Closed { failures: VecDeque<u64> },
    Open { since: u64 },
    HalfOpen,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    inner: Inner,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, inner: Inner::Closed { failures: VecDeque::new() } }
    }

    fn threshold(&self) -> usize {
        if self.config.failure_threshold == 0 {
            return 1;
        }
        self.config.failure_threshold as usize
    }

    pub fn state(&self) -> State {
        match &self.inner {
            Inner::Closed { .. } => State::Closed,
            Inner::HalfOpen => State::HalfOpen,
            Inner::Open { since } => {
                let now = self.clock.now_ms();
                let elapsed = now.saturating_sub(*since);
                if elapsed >= self.config.cool_down_ms {
                    State::HalfOpen
                } else {
                    State::Open
                }
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let since = match &self.inner {
            Inner::Closed { .. } => return Ok(Permit { trial: false }),
            Inner::HalfOpen => return Err(Rejected),
            Inner::Open { since } => *since,
        };
        let now = self.clock.now_ms();
        if now.saturating_sub(since) < self.config.cool_down_ms {
            return Err(Rejected);
        }
        let _old = mem::replace(&mut self.inner, Inner::HalfOpen);
        Ok(Permit { trial: true })
    }

    pub fn on_success(&mut self, permit: Permit) {
        if !permit.trial {
            return;
        }
        match self.inner {
            Inner::HalfOpen => {
                self.inner = Inner::Closed { failures: VecDeque::new() };
            }
            _ => {}
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            match self.inner {
                Inner::HalfOpen => {
                    self.inner = Inner::Open { since: now };
                }
                _ => {}
            }
            return;
        }
        let threshold = self.threshold();
        let window = self.config.window_ms;
        let should_open = match &mut self.inner {
            Inner::Closed { failures } => {
                failures.push_back(now);
                loop {
                    let oldest = match failures.front() {
                        Some(t) => *t,
                        None => break,
                    };
                    if now.saturating_sub(oldest) > window {
                        failures.pop_front();
                    } else {
                        break;
                    }
                }
                failures.len() >= threshold
            }
            Inner::Open { .. } => return,
            Inner::HalfOpen => return,
        };
        if should_open {
            let previous = mem::replace(&mut self.inner, Inner::Open { since: now });
            drop(previous);
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(Rejected) => return Err(CallError::Open),
        };
        let outcome = f();
        match outcome {
            Ok(value) => {
                self.on_success(permit);
                Ok(value)
            }
            Err(error) => {
                self.on_failure(permit);
                Err(CallError::Failed(error))
            }
        }
    }
}
