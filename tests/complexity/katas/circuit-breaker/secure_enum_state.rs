// learner: optimal
// idiom: security-minded: enum state carrying data, checked/saturating arithmetic, early returns, no unwrap, match-heavy
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inner {
    Closed,
    Open { since: u64 },
    HalfOpen,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    inner: Inner,
    failures: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, inner: Inner::Closed, failures: VecDeque::new() }
    }

    fn limit(&self) -> usize {
        usize::try_from(self.config.failure_threshold.max(1)).unwrap_or(usize::MAX)
    }

    fn cool_down_over(&self, since: u64, now: u64) -> bool {
        match now.checked_sub(since) {
            Some(elapsed) => elapsed >= self.config.cool_down_ms,
            None => false,
        }
    }

    pub fn state(&self) -> State {
        let now = self.clock.now_ms();
        match self.inner {
            Inner::Closed => State::Closed,
            Inner::HalfOpen => State::HalfOpen,
            Inner::Open { since } if self.cool_down_over(since, now) => State::HalfOpen,
            Inner::Open { .. } => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let now = self.clock.now_ms();
        match self.inner {
            Inner::Closed => Ok(Permit { trial: false }),
            Inner::HalfOpen => Err(Rejected),
            Inner::Open { since } => {
                if !self.cool_down_over(since, now) {
                    return Err(Rejected);
                }
                self.inner = Inner::HalfOpen;
                Ok(Permit { trial: true })
            }
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if !permit.trial {
            return;
        }
        if self.inner != Inner::HalfOpen {
            return;
        }
        self.inner = Inner::Closed;
        self.failures.clear();
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (self.inner, permit.trial) {
            (Inner::HalfOpen, true) => {
                self.inner = Inner::Open { since: now };
            }
            (Inner::Closed, false) => {
                self.failures.push_back(now);
                loop {
                    let oldest = match self.failures.front() {
                        Some(t) => *t,
                        None => break,
                    };
                    let age = now.saturating_sub(oldest);
                    if age <= self.config.window_ms {
                        break;
                    }
                    self.failures.pop_front();
                }
                if self.failures.len() >= self.limit() {
                    self.failures.clear();
                    self.inner = Inner::Open { since: now };
                }
            }
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let Ok(permit) = self.try_acquire() else {
            return Err(CallError::Open);
        };
        match f() {
            Ok(value) => {
                self.on_success(permit);
                Ok(value)
            }
            Err(err) => {
                self.on_failure(permit);
                Err(CallError::Failed(err))
            }
        }
    }
}
