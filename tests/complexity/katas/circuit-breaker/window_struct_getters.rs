// learner: optimal
// idiom: Java-ish: private FailureWindow struct (VecDeque) with record/expire/count/clear methods, breaker fields opened_at: Option<u64> + trial_out: bool, small private predicates
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

#[derive(Debug, Default)]
struct FailureWindow {
    times: VecDeque<u64>,
}

impl FailureWindow {
    fn record(&mut self, now: u64) {
        self.times.push_back(now);
    }

    fn expire(&mut self, now: u64, window: u64) {
        while let Some(&oldest) = self.times.front() {
            if now - oldest > window {
                self.times.pop_front();
            } else {
                break;
            }
        }
    }

    fn count(&self) -> usize {
        self.times.len()
    }

    fn clear(&mut self) {
        self.times.clear();
    }
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    window: FailureWindow,
    opened_at: Option<u64>,
    trial_out: bool,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, window: FailureWindow::default(), opened_at: None, trial_out: false }
    }

    fn threshold(&self) -> usize {
        self.config.failure_threshold.max(1) as usize
    }

    fn cooled_down(&self, since: u64) -> bool {
        self.clock.now_ms() - since >= self.config.cool_down_ms
    }

    fn is_closed(&self) -> bool {
        self.opened_at.is_none() && !self.trial_out
    }

    fn open_now(&mut self) {
        self.opened_at = Some(self.clock.now_ms());
        self.trial_out = false;
        self.window.clear();
    }

    pub fn state(&self) -> State {
        if self.trial_out {
            return State::HalfOpen;
        }
        match self.opened_at {
            None => State::Closed,
            Some(since) if self.cooled_down(since) => State::HalfOpen,
            Some(_) => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.trial_out {
            return Err(Rejected);
        }
        match self.opened_at {
            None => Ok(Permit { trial: false }),
            Some(since) if self.cooled_down(since) => {
                self.opened_at = None;
                self.trial_out = true;
                Ok(Permit { trial: true })
            }
            Some(_) => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_out {
            self.trial_out = false;
            self.opened_at = None;
            self.window.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.trial {
            if self.trial_out {
                self.open_now();
            }
            return;
        }
        if !self.is_closed() {
            return;
        }
        let now = self.clock.now_ms();
        self.window.record(now);
        self.window.expire(now, self.config.window_ms);
        if self.window.count() >= self.threshold() {
            self.open_now();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|_| CallError::Open)?;
        match f() {
            Ok(v) => {
                self.on_success(permit);
                Ok(v)
            }
            Err(e) => {
                self.on_failure(permit);
                Err(CallError::Failed(e))
            }
        }
    }
}
