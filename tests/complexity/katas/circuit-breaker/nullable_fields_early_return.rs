// learner: optimal
// idiom: Kotlin-ish: nullable-style Option fields + bool flag, if/else with early returns, VecDeque pop_front loop written as while-let with guard
//! A circuit breaker driven by an injected clock: see README.md.

use std::cell::Cell;
use std::collections::VecDeque;
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
pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    openedAt: Option<u64>,
    isProbing: bool,
    failures: VecDeque<u64>,
}

#[allow(non_snake_case)]
impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        Self { config, clock, openedAt: None, isProbing: false, failures: VecDeque::new() }
    }

    fn coolDownPassed(&self) -> bool {
        match self.openedAt {
            Some(at) => self.clock.now_ms() - at >= self.config.cool_down_ms,
            None => false,
        }
    }

    pub fn state(&self) -> State {
        if self.isProbing {
            State::HalfOpen
        } else if self.openedAt.is_none() {
            State::Closed
        } else if self.coolDownPassed() {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.openedAt.is_none() {
            return Ok(Permit { trial: false });
        }
        if self.isProbing || !self.coolDownPassed() {
            return Err(Rejected);
        }
        self.isProbing = true;
        Ok(Permit { trial: true })
    }

    pub fn on_success(&mut self, permit: Permit) {
        if !(permit.trial && self.isProbing) {
            return;
        }
        self.isProbing = false;
        self.openedAt = None;
        self.failures.clear();
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.isProbing {
                self.isProbing = false;
                self.openedAt = Some(now);
            }
            return;
        }
        if self.openedAt.is_some() {
            return;
        }
        let window = self.config.window_ms;
        while let Some(first) = self.failures.front().copied() {
            if now - first <= window {
                break;
            }
            self.failures.pop_front();
        }
        self.failures.push_back(now);
        if self.failures.len() as u64 >= u64::from(self.config.failure_threshold.max(1)) {
            self.openedAt = Some(now);
            self.failures.clear();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let Ok(permit) = self.try_acquire() else {
            return Err(CallError::Open);
        };
        let outcome = f();
        if outcome.is_ok() {
            self.on_success(permit)
        } else {
            self.on_failure(permit)
        }
        outcome.map_err(|e| CallError::Failed(e))
    }
}
