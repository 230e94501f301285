// learner: optimal
// idiom: Ballerina-style: state enum carrying its data (Closed { failures }, Open { since }, HalfOpen), match-heavy transitions, std::mem::replace to move out
//! A circuit breaker driven by an injected clock: see README.md.

use std::cell::Cell;
use std::rc::Rc;

/// Where the breaker gets the time from. Tests drive it by hand.
pub trait Clock {
    /// Milliseconds since some fixed start; never decreases.
    fn now_ms(&self) -> u64;
}

/// A clock the tests move by hand. Clones share the same time.
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

/// Tuning of a breaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// This many failures within `window_ms` open the breaker (0 behaves like 1).
    pub failure_threshold: u32,
    /// A failure counts while `now - its time <= window_ms`.
    pub window_ms: u64,
    /// How long the breaker stays open before it lets one trial call through.
    pub cool_down_ms: u64,
}

/// What the breaker looks like from outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Closed,
    Open,
    HalfOpen,
}

/// `try_acquire` refused: the breaker is open, or a trial call is already in flight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rejected;

/// Permission to make one call. Hand it back with `on_success` or `on_failure`.
#[must_use = "report the outcome with on_success or on_failure"]
#[derive(Debug, PartialEq, Eq)]
pub struct Permit {
    /// Whether this is the half-open trial call.
    trial: bool,
}

/// The result of [`CircuitBreaker::call`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError<E> {
    /// The breaker refused; the function was not called.
    Open,
    /// The function was called and failed.
    Failed(E),
}

use std::collections::VecDeque;

enum Phase {
    Closed { failures: VecDeque<u64> },
    Open { since: u64 },
    HalfOpen,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: Phase,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, phase: Phase::Closed { failures: VecDeque::new() } }
    }

    fn closed() -> Phase {
        Phase::Closed { failures: VecDeque::new() }
    }

    pub fn state(&self) -> State {
        match &self.phase {
            Phase::Closed { .. } => State::Closed,
            Phase::HalfOpen => State::HalfOpen,
            Phase::Open { since } if self.clock.now_ms() - since >= self.config.cool_down_ms => State::HalfOpen,
            Phase::Open { .. } => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let now = self.clock.now_ms();
        match self.phase {
            Phase::Closed { .. } => Ok(Permit { trial: false }),
            Phase::Open { since } if now - since >= self.config.cool_down_ms => {
                self.phase = Phase::HalfOpen;
                Ok(Permit { trial: true })
            }
            Phase::Open { .. } | Phase::HalfOpen => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if let (Phase::HalfOpen, Permit { trial: true }) = (&self.phase, permit) {
            self.phase = Self::closed();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        let window = self.config.window_ms;
        let threshold = self.config.failure_threshold.max(1) as usize;
        let next = match (&mut self.phase, permit.trial) {
            (Phase::HalfOpen, true) => Some(Phase::Open { since: now }),
            (Phase::Closed { failures }, false) => {
                failures.push_back(now);
                while let Some(&oldest) = failures.front() {
                    if now - oldest <= window {
                        break;
                    }
                    failures.pop_front();
                }
                (failures.len() >= threshold).then_some(Phase::Open { since: now })
            }
            _ => None, // stale outcome
        };
        if let Some(phase) = next {
            self.phase = phase;
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|Rejected| CallError::Open)?;
        match f() {
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
