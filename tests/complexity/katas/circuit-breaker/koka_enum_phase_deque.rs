// learner: optimal
// idiom: Koka: the breaker is one enum carrying its data (Closed{failures}/Open{since}/HalfOpen), every operation is a `match` on (phase, event); VecDeque window expired from the front
//! A circuit breaker driven by an injected clock.
//!
//! I think of it as an effect handler: the phase is the handler's state,
//! permits are the operations, and each `on_*` resumes with a new phase.

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

/// The internal phase. Data lives where it is meaningful: only a closed
/// breaker remembers failures.
#[derive(Debug)]
enum Phase {
    Closed { failures: VecDeque<u64> },
    Open { since: u64 },
    HalfOpen,
}

/// An outcome reported through a permit.
#[derive(Debug, Clone, Copy)]
enum Outcome {
    Success,
    Failure,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: Phase,
}

fn threshold_of(config: &Config) -> usize {
    match config.failure_threshold {
        0 => 1,
        t => t as usize,
    }
}

fn cooled_down(since: u64, now: u64, config: &Config) -> bool {
    now.saturating_sub(since) >= config.cool_down_ms
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, phase: Phase::Closed { failures: VecDeque::new() } }
    }

    /// `Open` turns into `HalfOpen` as soon as the cool-down has passed (even before the trial).
    pub fn state(&self) -> State {
        let now = self.clock.now_ms();
        match &self.phase {
            Phase::Closed { .. } => State::Closed,
            Phase::Open { since } if cooled_down(*since, now, &self.config) => State::HalfOpen,
            Phase::Open { .. } => State::Open,
            Phase::HalfOpen => State::HalfOpen,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let now = self.clock.now_ms();
        match &self.phase {
            Phase::Closed { .. } => Ok(Permit { trial: false }),
            Phase::Open { since } if cooled_down(*since, now, &self.config) => {
                self.phase = Phase::HalfOpen;
                Ok(Permit { trial: true })
            }
            Phase::Open { .. } | Phase::HalfOpen => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        self.handle(permit, Outcome::Success)
    }

    pub fn on_failure(&mut self, permit: Permit) {
        self.handle(permit, Outcome::Failure)
    }

    /// The single handler for both outcomes.
    fn handle(&mut self, permit: Permit, outcome: Outcome) {
        let now = self.clock.now_ms();
        let limit = threshold_of(&self.config);
        let window = self.config.window_ms;
        let next = match (&mut self.phase, permit.trial, outcome) {
            // the trial decides a half-open breaker
            (Phase::HalfOpen, true, Outcome::Success) => Some(Phase::Closed { failures: VecDeque::new() }),
            (Phase::HalfOpen, true, Outcome::Failure) => Some(Phase::Open { since: now }),
            // a normal permit reports while closed
            (Phase::Closed { .. }, false, Outcome::Success) => None,
            (Phase::Closed { failures }, false, Outcome::Failure) => {
                failures.push_back(now);
                while let Some(&oldest) = failures.front() {
                    match now - oldest > window {
                        true => {
                            failures.pop_front();
                        }
                        false => break,
                    }
                }
                match failures.len() >= limit {
                    true => Some(Phase::Open { since: now }),
                    false => None,
                }
            }
            // everything else is a stale outcome
            _ => None,
        };
        if let Some(phase) = next {
            self.phase = phase;
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        match self.try_acquire() {
            Err(Rejected) => Err(CallError::Open),
            Ok(permit) => match f() {
                Ok(value) => {
                    self.on_success(permit);
                    Ok(value)
                }
                Err(e) => {
                    self.on_failure(permit);
                    Err(CallError::Failed(e))
                }
            },
        }
    }
}
