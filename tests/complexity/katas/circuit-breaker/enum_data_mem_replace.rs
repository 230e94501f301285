// learner: optimal
// idiom: state enum with data swapped via std::mem::replace, expiry with take_while().count() + drain(..k), Result combinators in call
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

enum Inner {
    Closed { failures: VecDeque<u64> },
    Open { at: u64 },
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

    pub fn state(&self) -> State {
        let now = self.clock.now_ms();
        match &self.inner {
            Inner::Closed { .. } => State::Closed,
            Inner::Open { at } if now - at < self.config.cool_down_ms => State::Open,
            Inner::Open { .. } | Inner::HalfOpen => State::HalfOpen,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let now = self.clock.now_ms();
        let cool = self.config.cool_down_ms;
        match &self.inner {
            Inner::Closed { .. } => Ok(Permit { trial: false }),
            Inner::Open { at } if now - at >= cool => {
                self.inner = Inner::HalfOpen;
                Ok(Permit { trial: true })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if let (true, Inner::HalfOpen) = (permit.trial, &self.inner) {
            self.inner = Inner::Closed { failures: VecDeque::new() };
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        let window = self.config.window_ms;
        let threshold = self.config.failure_threshold.max(1) as usize;
        let current = std::mem::replace(&mut self.inner, Inner::HalfOpen);
        self.inner = match (current, permit.trial) {
            (Inner::HalfOpen, true) => Inner::Open { at: now },
            (Inner::Closed { mut failures }, false) => {
                let expired = failures.iter().take_while(|&&t| now - t > window).count();
                failures.drain(..expired);
                failures.push_back(now);
                if failures.len() >= threshold {
                    Inner::Open { at: now }
                } else {
                    Inner::Closed { failures }
                }
            }
            (other, _) => other,
        };
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|Rejected| CallError::Open)?;
        let outcome = f();
        if outcome.is_ok() { self.on_success(permit) } else { self.on_failure(permit) }
        outcome.map_err(CallError::Failed)
    }
}
