// learner: optimal
// idiom: Clojure developer: failure log as a vector plus a drop-offset (like a queue view over a vector), expired entries skipped by advancing the offset and compacted with drain when the dead prefix dominates; state derived from small pure helpers
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

/// Failures in time order; `log[start..]` are the live ones.
#[derive(Default)]
struct FailureLog {
    log: Vec<u64>,
    start: usize,
}

impl FailureLog {
    fn live(&self) -> usize {
        self.log.len() - self.start
    }

    fn forget_older_than(&mut self, now: u64, window: u64) {
        while self.start < self.log.len() && now - self.log[self.start] > window {
            self.start += 1;
        }
        if self.start > self.log.len() / 2 {
            self.log.drain(..self.start);
            self.start = 0;
        }
    }

    fn record(&mut self, t: u64) {
        self.log.push(t);
    }

    fn reset(&mut self) {
        self.log.clear();
        self.start = 0;
    }
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    opened_at: Option<u64>,
    trial_out: bool,
    failures: FailureLog,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, opened_at: None, trial_out: false, failures: FailureLog::default() }
    }

    fn ready_for_trial(&self) -> bool {
        self.opened_at
            .is_some_and(|s| !self.trial_out && self.clock.now_ms() - s >= self.config.cool_down_ms)
    }

    pub fn state(&self) -> State {
        match (self.opened_at, self.trial_out || self.ready_for_trial()) {
            (None, _) => State::Closed,
            (Some(_), true) => State::HalfOpen,
            (Some(_), false) => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.opened_at.is_none() {
            Ok(Permit { trial: false })
        } else if self.ready_for_trial() {
            self.trial_out = true;
            Ok(Permit { trial: true })
        } else {
            Err(Rejected)
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_out {
            self.opened_at = None;
            self.trial_out = false;
            self.failures.reset();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (permit.trial, self.opened_at) {
            (true, Some(_)) if self.trial_out => {
                self.trial_out = false;
                self.opened_at = Some(now);
            }
            (false, None) => {
                self.failures.forget_older_than(now, self.config.window_ms);
                self.failures.record(now);
                if self.failures.live() >= self.config.failure_threshold.max(1) as usize {
                    self.failures.reset();
                    self.opened_at = Some(now);
                }
            }
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|_| CallError::Open)?;
        let outcome = f();
        match outcome {
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
