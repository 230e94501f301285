// learner: slow
// why: CircuitBreaker::on_failure is O(f) time, target O(1) amortised: never forgets, counts the recent failures with a for loop over all of them
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
    is_open: bool,
    half_open: bool,
    opened: u64,
    history: Vec<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, is_open: false, half_open: false, opened: 0, history: Vec::new() }
    }

    pub fn state(&self) -> State {
        if self.half_open {
            State::HalfOpen
        } else if self.is_open {
            if self.clock.now_ms() - self.opened >= self.config.cool_down_ms {
                State::HalfOpen
            } else {
                State::Open
            }
        } else {
            State::Closed
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if !self.is_open && !self.half_open {
            Ok(Permit { trial: false })
        } else if self.is_open && self.state() == State::HalfOpen {
            self.is_open = false;
            self.half_open = true;
            Ok(Permit { trial: true })
        } else {
            Err(Rejected)
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.half_open {
            self.half_open = false;
            self.history.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.half_open {
                self.half_open = false;
                self.is_open = true;
                self.opened = now;
            }
            return;
        }
        if self.is_open || self.half_open {
            return;
        }
        self.history.push(now);
        let mut recent = 0;
        for &t in &self.history {
            if now - t <= self.config.window_ms {
                recent += 1;
            }
        }
        if recent >= self.config.failure_threshold.max(1) as usize {
            self.is_open = true;
            self.opened = now;
            self.history.clear();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|_| CallError::Open)?;
        let out = f();
        if out.is_ok() {
            self.on_success(permit);
        } else {
            self.on_failure(permit);
        }
        out.map_err(CallError::Failed)
    }
}
