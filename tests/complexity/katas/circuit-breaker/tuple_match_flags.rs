// learner: optimal
// idiom: plain Option<u64> opened_at + bool trial flag, decisions as match on (opened_at, trial_out, permit.trial) tuples, VecDeque front guard expiry, call via Result combinators
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

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    opened_at: Option<u64>,
    trial_out: bool,
    recent: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, opened_at: None, trial_out: false, recent: VecDeque::new() }
    }

    fn cooled(&self, since: u64, now: u64) -> bool {
        now - since >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        let now = self.clock.now_ms();
        match (self.opened_at, self.trial_out) {
            (None, _) => State::Closed,
            (Some(_), true) => State::HalfOpen,
            (Some(s), false) if self.cooled(s, now) => State::HalfOpen,
            (Some(_), false) => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let now = self.clock.now_ms();
        match (self.opened_at, self.trial_out) {
            (None, _) => Ok(Permit { trial: false }),
            (Some(s), false) if self.cooled(s, now) => {
                self.trial_out = true;
                Ok(Permit { trial: true })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if let (Some(_), true, true) = (self.opened_at, self.trial_out, permit.trial) {
            self.opened_at = None;
            self.trial_out = false;
            self.recent.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (self.opened_at, self.trial_out, permit.trial) {
            (Some(_), true, true) => {
                self.opened_at = Some(now);
                self.trial_out = false;
            }
            (None, _, false) => {
                self.recent.push_back(now);
                while let Some(&oldest) = self.recent.front() {
                    if now - oldest > self.config.window_ms {
                        self.recent.pop_front();
                    } else {
                        break;
                    }
                }
                let needed = self.config.failure_threshold.max(1) as usize;
                if self.recent.len() >= needed {
                    self.opened_at = Some(now);
                    self.recent.clear();
                }
            }
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|_| CallError::Open)?;
        let result = f();
        match &result {
            Ok(_) => self.on_success(permit),
            Err(_) => self.on_failure(permit),
        }
        result.map_err(CallError::Failed)
    }
}
