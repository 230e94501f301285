// learner: optimal
// idiom: Clojure developer: the breaker is a value of an enum Phase (failures live inside Closed), every event is a transition computed by a match on (phase, event) and swapped in with mem::replace
//! A circuit breaker driven by an injected clock: see README.md.

use std::cell::Cell;
use std::collections::VecDeque;
use std::mem;
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

enum Phase {
    Closed { failures: VecDeque<u64> },
    Open { since: u64 },
    Trial,
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

    fn threshold(&self) -> usize {
        self.config.failure_threshold.max(1) as usize
    }

    fn cooled(&self, since: u64, now: u64) -> bool {
        now - since >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        match &self.phase {
            Phase::Closed { .. } => State::Closed,
            Phase::Open { since } if self.cooled(*since, self.clock.now_ms()) => State::HalfOpen,
            Phase::Open { .. } => State::Open,
            Phase::Trial => State::HalfOpen,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let now = self.clock.now_ms();
        match self.phase {
            Phase::Closed { .. } => Ok(Permit { trial: false }),
            Phase::Open { since } if self.cooled(since, now) => {
                self.phase = Phase::Trial;
                Ok(Permit { trial: true })
            }
            Phase::Open { .. } | Phase::Trial => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && matches!(self.phase, Phase::Trial) {
            self.phase = Phase::Closed { failures: VecDeque::new() };
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        let (window, threshold) = (self.config.window_ms, self.threshold());
        let next = match (mem::replace(&mut self.phase, Phase::Trial), permit.trial) {
            (Phase::Trial, true) => Phase::Open { since: now },
            (Phase::Closed { mut failures }, false) => {
                while failures.front().is_some_and(|&t| now - t > window) {
                    failures.pop_front();
                }
                failures.push_back(now);
                if failures.len() >= threshold {
                    Phase::Open { since: now }
                } else {
                    Phase::Closed { failures }
                }
            }
            (unchanged, _) => unchanged,
        };
        self.phase = next;
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|Rejected| CallError::Open)?;
        f().map(|v| {
            self.on_success(Permit { trial: permit.trial });
            v
        })
        .map_err(|e| {
            self.on_failure(permit);
            CallError::Failed(e)
        })
    }
}
