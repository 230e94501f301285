// learner: optimal
// idiom: Phase enum carrying data, FailureLog newtype over VecDeque with Default, small Outcome trait with default method for call
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

/// Timestamps of recent failures, oldest first.
#[derive(Debug, Default)]
struct FailureLog(VecDeque<u64>);

impl FailureLog {
    /// Records a failure at `now`, forgets the expired ones, returns how many are left.
    fn record(&mut self, now: u64, window_ms: u64) -> usize {
        self.0.push_back(now);
        while self.0.front().is_some_and(|&t| now - t > window_ms) {
            self.0.pop_front();
        }
        self.0.len()
    }
}

#[derive(Debug)]
enum Phase {
    Closed(FailureLog),
    Open { since: u64 },
    Trial,
}

impl Default for Phase {
    fn default() -> Self {
        Phase::Closed(FailureLog::default())
    }
}

/// Anything that can be told how a call went.
trait Outcome {
    fn on_success(&mut self, permit: Permit);
    fn on_failure(&mut self, permit: Permit);
    fn report<T, E>(&mut self, permit: Permit, result: Result<T, E>) -> Result<T, CallError<E>> {
        match result {
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

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: Phase,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, phase: Phase::default() }
    }

    fn cooled(&self, since: u64) -> bool {
        self.clock.now_ms() - since >= self.config.cool_down_ms
    }

    fn threshold(&self) -> usize {
        self.config.failure_threshold.max(1) as usize
    }

    pub fn state(&self) -> State {
        match self.phase {
            Phase::Closed(_) => State::Closed,
            Phase::Open { since } if !self.cooled(since) => State::Open,
            Phase::Open { .. } | Phase::Trial => State::HalfOpen,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.phase {
            Phase::Closed(_) => Ok(Permit { trial: false }),
            Phase::Open { since } if self.cooled(since) => {
                self.phase = Phase::Trial;
                Ok(Permit { trial: true })
            }
            Phase::Open { .. } | Phase::Trial => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        <Self as Outcome>::on_success(self, permit)
    }

    pub fn on_failure(&mut self, permit: Permit) {
        <Self as Outcome>::on_failure(self, permit)
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|Rejected| CallError::Open)?;
        let result = f();
        self.report(permit, result)
    }
}

impl<C: Clock> Outcome for CircuitBreaker<C> {
    fn on_success(&mut self, permit: Permit) {
        if permit.trial && matches!(self.phase, Phase::Trial) {
            self.phase = Phase::default();
        }
    }

    fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        let (window, threshold) = (self.config.window_ms, self.threshold());
        match (&mut self.phase, permit.trial) {
            (Phase::Trial, true) => self.phase = Phase::Open { since: now },
            (Phase::Closed(log), false) => {
                if log.record(now, window) >= threshold {
                    self.phase = Phase::Open { since: now };
                }
            }
            _ => {}
        }
    }
}
