// learner: slow
// why: CircuitBreaker::on_failure is O(n) time (and the Vec O(n) space), target O(1): failures are never pruned; a for loop counts the ones still in the window on every failure
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

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    open_since: Option<u64>,
    half_open: bool,
    failure_log: Vec<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, open_since: None, half_open: false, failure_log: Vec::new() }
    }

    fn cooled(&self, since: u64) -> bool {
        self.clock.now_ms() - since >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        if self.half_open {
            State::HalfOpen
        } else if let Some(since) = self.open_since {
            if self.cooled(since) { State::HalfOpen } else { State::Open }
        } else {
            State::Closed
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.half_open {
            return Err(Rejected);
        }
        match self.open_since {
            None => Ok(Permit { trial: false }),
            Some(since) if self.cooled(since) => {
                self.half_open = true;
                Ok(Permit { trial: true })
            }
            Some(_) => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.half_open {
            self.half_open = false;
            self.open_since = None;
            self.failure_log.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.half_open {
                self.half_open = false;
                self.open_since = Some(now);
            }
            return;
        }
        if self.half_open || self.open_since.is_some() {
            return;
        }
        self.failure_log.push(now);
        let mut recent = 0usize;
        for &t in &self.failure_log {
            if now - t <= self.config.window_ms {
                recent += 1;
            }
        }
        if recent >= self.config.failure_threshold.max(1) as usize {
            self.open_since = Some(now);
            self.failure_log.clear();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(Rejected) => return Err(CallError::Open),
        };
        let outcome = f();
        match &outcome {
            Ok(_) => self.on_success(permit),
            Err(_) => self.on_failure(permit),
        }
        outcome.map_err(CallError::Failed)
    }
}
