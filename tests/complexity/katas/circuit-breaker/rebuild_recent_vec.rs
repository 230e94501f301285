// learner: slow
// why: CircuitBreaker::on_failure is O(n) time and space, target O(1): copies the still-recent failures into a new Vec every call
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
    open: bool,
    half_open: bool,
    open_since: u64,
    failures: Vec<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, open: false, half_open: false, open_since: 0, failures: vec![] }
    }

    pub fn state(&self) -> State {
        if self.half_open {
            return State::HalfOpen;
        }
        if self.open {
            if self.clock.now_ms() - self.open_since >= self.config.cool_down_ms {
                return State::HalfOpen;
            }
            return State::Open;
        }
        State::Closed
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.half_open {
            return Err(Rejected);
        }
        if self.open {
            if self.clock.now_ms() - self.open_since >= self.config.cool_down_ms {
                self.half_open = true;
                return Ok(Permit { trial: true });
            }
            return Err(Rejected);
        }
        Ok(Permit { trial: false })
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.half_open {
            self.half_open = false;
            self.open = false;
            self.failures = vec![];
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.half_open {
                self.half_open = false;
                self.open = true;
                self.open_since = now;
            }
            return;
        }
        if self.open || self.half_open {
            return;
        }
        // keep only the failures still inside the window, plus this one
        let mut still_recent = Vec::new();
        for t in self.failures.iter() {
            if now - *t <= self.config.window_ms {
                still_recent.push(*t);
            }
        }
        still_recent.push(now);
        self.failures = still_recent;
        let mut threshold = self.config.failure_threshold as usize;
        if threshold == 0 {
            threshold = 1;
        }
        if self.failures.len() >= threshold {
            self.open = true;
            self.open_since = now;
            self.failures = vec![];
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(_) => return Err(CallError::Open),
        };
        let r = f();
        if r.is_ok() {
            self.on_success(permit);
        } else {
            self.on_failure(permit);
        }
        match r {
            Ok(v) => Ok(v),
            Err(e) => Err(CallError::Failed(e)),
        }
    }
}
