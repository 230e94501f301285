// learner: optimal
// idiom: Option<u64> opened_at + epoch counter stamped on permits to spot stale outcomes; VecDeque expiry via front().filter
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
    /// Which closed period (or trial) issued it.
    epoch: u64,
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

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    opened_at: Option<u64>,
    trial_pending: bool,
    epoch: u64,
    recent: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        Self { config, clock, opened_at: None, trial_pending: false, epoch: 0, recent: VecDeque::new() }
    }

    fn cool_down_over(&self) -> bool {
        self.opened_at
            .map_or(false, |t| self.clock.now_ms().saturating_sub(t) >= self.config.cool_down_ms)
    }

    fn open_now(&mut self) {
        self.opened_at = Some(self.clock.now_ms());
        self.trial_pending = false;
        self.recent.clear();
        self.epoch += 1;
    }

    pub fn state(&self) -> State {
        if self.trial_pending || (self.opened_at.is_some() && self.cool_down_over()) {
            State::HalfOpen
        } else if self.opened_at.is_some() {
            State::Open
        } else {
            State::Closed
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.opened_at.is_none() {
            return Ok(Permit { trial: false, epoch: self.epoch });
        }
        if self.trial_pending || !self.cool_down_over() {
            return Err(Rejected);
        }
        self.trial_pending = true;
        self.epoch += 1;
        Ok(Permit { trial: true, epoch: self.epoch })
    }

    fn current(&self, permit: &Permit) -> bool {
        permit.epoch == self.epoch
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_pending && self.current(&permit) {
            self.trial_pending = false;
            self.opened_at = None;
            self.recent.clear();
            self.epoch += 1;
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if !self.current(&permit) {
            return;
        }
        if permit.trial {
            self.open_now();
            return;
        }
        let now = self.clock.now_ms();
        let window = self.config.window_ms;
        self.recent.push_back(now);
        while self.recent.front().filter(|&&t| now - t > window).is_some() {
            self.recent.pop_front();
        }
        if self.recent.len() as u64 >= u64::from(self.config.failure_threshold.max(1)) {
            self.open_now();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let Ok(permit) = self.try_acquire() else {
            return Err(CallError::Open);
        };
        let outcome = f();
        match outcome {
            Ok(_) => self.on_success(permit),
            Err(_) => self.on_failure(permit),
        }
        outcome.map_err(CallError::Failed)
    }
}
