// learner: optimal
// idiom: Objective-C macOS veteran: a separate FailureWindow helper object (like a small model class) owned by the breaker, Option<u64> for open-since, match-on-tuple dispatch
//! A circuit breaker driven by an injected clock: see README.md.

use std::cell::Cell;
use std::collections::VecDeque;
use std::rc::Rc;

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
    /// Which closed/half-open episode handed this permit out.
    generation: u64,
}

/// The result of [`CircuitBreaker::call`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError<E> {
    /// The breaker refused; the function was not called.
    Open,
    /// The function was called and failed.
    Failed(E),
}


/// Keeps the timestamps of recent failures, oldest first.
struct FailureWindow {
    stamps: VecDeque<u64>,
    window_ms: u64,
}

impl FailureWindow {
    fn with_window(window_ms: u64) -> Self {
        FailureWindow { stamps: VecDeque::new(), window_ms }
    }

    fn forget_expired(&mut self, now: u64) {
        while self.stamps.front().map_or(false, |&t| now - t > self.window_ms) {
            self.stamps.pop_front();
        }
    }

    fn record(&mut self, now: u64) -> usize {
        self.forget_expired(now);
        self.stamps.push_back(now);
        self.stamps.len()
    }

    fn reset(&mut self) {
        self.stamps.clear();
    }
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    window: FailureWindow,
    open_since: Option<u64>,
    trial_in_flight: bool,
    generation: u64,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config,
            clock,
            window: FailureWindow::with_window(config.window_ms),
            open_since: None,
            trial_in_flight: false,
            generation: 0,
        }
    }

    fn cool_down_passed(&self, since: u64) -> bool {
        self.clock.now_ms() - since >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        match (self.open_since, self.trial_in_flight) {
            (_, true) => State::HalfOpen,
            (None, false) => State::Closed,
            (Some(since), false) if self.cool_down_passed(since) => State::HalfOpen,
            (Some(_), false) => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match (self.open_since, self.trial_in_flight) {
            (None, _) => Ok(Permit { trial: false, generation: self.generation }),
            (Some(_), true) => Err(Rejected),
            (Some(since), false) => {
                if !self.cool_down_passed(since) {
                    return Err(Rejected);
                }
                self.trial_in_flight = true;
                self.generation += 1;
                Ok(Permit { trial: true, generation: self.generation })
            }
        }
    }

    fn open_now(&mut self) {
        self.open_since = Some(self.clock.now_ms());
        self.trial_in_flight = false;
        self.window.reset();
        self.generation += 1;
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.generation == self.generation && permit.trial && self.trial_in_flight {
            self.open_since = None;
            self.trial_in_flight = false;
            self.window.reset();
            self.generation += 1;
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.generation != self.generation {
            return;
        }
        if permit.trial {
            if self.trial_in_flight {
                self.open_now();
            }
            return;
        }
        if self.open_since.is_some() {
            return;
        }
        let now = self.clock.now_ms();
        let threshold = self.config.failure_threshold.max(1) as usize;
        if self.window.record(now) >= threshold {
            self.open_now();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let Ok(permit) = self.try_acquire() else {
            return Err(CallError::Open);
        };
        let outcome = f();
        match &outcome {
            Ok(_) => self.on_success(permit),
            Err(_) => self.on_failure(permit),
        }
        outcome.map_err(CallError::Failed)
    }
}
