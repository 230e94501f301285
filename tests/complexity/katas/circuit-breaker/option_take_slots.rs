// learner: optimal
// idiom: Option<u64> trial slot juggled with Option::take / replace, loop+break expiry on front(), if-let chains, call as a closure-free early-return fn
//! A circuit breaker driven by an injected clock: see README.md.

use std::collections::VecDeque;
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
    recent: VecDeque<u64>,
    // Some(t): opened at t and waiting for the cool-down
    open_since: Option<u64>,
    // Some(t): trial permit handed out at t
    trial: Option<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, recent: VecDeque::new(), open_since: None, trial: None }
    }

    pub fn state(&self) -> State {
        let now = self.clock.now_ms();
        if self.trial.is_some() {
            State::HalfOpen
        } else if let Some(t) = self.open_since {
            if now - t >= self.config.cool_down_ms { State::HalfOpen } else { State::Open }
        } else {
            State::Closed
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let now = self.clock.now_ms();
        if self.trial.is_some() {
            return Err(Rejected);
        }
        let Some(t) = self.open_since else {
            return Ok(Permit { trial: false });
        };
        if now - t < self.config.cool_down_ms {
            return Err(Rejected);
        }
        self.open_since.take();
        self.trial = Some(now);
        Ok(Permit { trial: true })
    }

    pub fn on_success(&mut self, permit: Permit) {
        if !permit.trial {
            return;
        }
        if self.trial.take().is_some() {
            self.recent.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.trial.take().is_some() {
                self.open_since = Some(now);
            }
            return;
        }
        if self.trial.is_some() || self.open_since.is_some() {
            return;
        }
        self.recent.push_back(now);
        loop {
            match self.recent.front() {
                Some(&t) if now - t > self.config.window_ms => {
                    self.recent.pop_front();
                }
                _ => break,
            }
        }
        let need = if self.config.failure_threshold == 0 { 1 } else { self.config.failure_threshold as usize };
        if self.recent.len() >= need {
            self.recent.clear();
            self.open_since.replace(now);
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(Rejected) => return Err(CallError::Open),
        };
        let out = f();
        if out.is_ok() {
            self.on_success(permit);
        } else {
            self.on_failure(permit);
        }
        out.map_err(CallError::Failed)
    }
}
