// learner: optimal
// idiom: Raku enthusiast: no expiry loop at all: keep only the last `threshold` failure times in a capped VecDeque; the breaker trips when that buffer is full and its oldest entry is still inside the window (a sliding "last k" view, like .tail(k))
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
    /// Which closed/half-open period issued it; outcomes from an older one are stale.
    epoch: u64,
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
    last_k: VecDeque<u64>,
    opened_at: Option<u64>,
    trial_out: bool,
    epoch: u64,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, last_k: VecDeque::new(), opened_at: None, trial_out: false, epoch: 0 }
    }

    fn k(&self) -> usize {
        self.config.failure_threshold.max(1) as usize
    }

    fn cooled(&self) -> bool {
        self.opened_at.is_some_and(|s| self.clock.now_ms() - s >= self.config.cool_down_ms)
    }

    fn trip(&mut self, now: u64) {
        self.opened_at = Some(now);
        self.trial_out = false;
        self.last_k.clear();
        self.epoch += 1;
    }

    pub fn state(&self) -> State {
        match (self.opened_at, self.trial_out || self.cooled()) {
            (None, _) => State::Closed,
            (Some(_), true) => State::HalfOpen,
            (Some(_), false) => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.state() {
            State::Closed => Ok(Permit { trial: false, epoch: self.epoch }),
            State::HalfOpen if !self.trial_out => {
                self.trial_out = true;
                Ok(Permit { trial: true, epoch: self.epoch })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_out && permit.epoch == self.epoch {
            self.opened_at = None;
            self.trial_out = false;
            self.last_k.clear();
            self.epoch += 1;
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (permit.trial, permit.epoch == self.epoch) {
            (true, true) if self.trial_out => self.trip(now),
            (false, true) if self.opened_at.is_none() => {
                self.last_k.push_back(now);
                if self.last_k.len() > self.k() {
                    self.last_k.pop_front();
                }
                let full = self.last_k.len() == self.k();
                if full && self.last_k.front().is_some_and(|&t| now - t <= self.config.window_ms) {
                    self.trip(now);
                }
            }
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|Rejected| CallError::Open)?;
        let out = f();
        if out.is_ok() { self.on_success(permit) } else { self.on_failure(permit) }
        out.map_err(CallError::Failed)
    }
}
