// learner: optimal
// idiom: Pony-style behaviour dispatch: state enum carrying its data, VecDeque window, every message a match on (state, permit)
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

enum Mode {
    Closed,
    Open { since: u64 },
    Trial,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: Mode,
    failures: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, mode: Mode::Closed, failures: VecDeque::new() }
    }

    fn cooled(&self, since: u64, now: u64) -> bool {
        now - since >= self.config.cool_down_ms
    }

    fn threshold(&self) -> usize {
        self.config.failure_threshold.max(1) as usize
    }

    pub fn state(&self) -> State {
        match self.mode {
            Mode::Closed => State::Closed,
            Mode::Trial => State::HalfOpen,
            Mode::Open { since } => {
                if self.cooled(since, self.clock.now_ms()) {
                    State::HalfOpen
                } else {
                    State::Open
                }
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let now = self.clock.now_ms();
        match self.mode {
            Mode::Closed => Ok(Permit { trial: false }),
            Mode::Trial => Err(Rejected),
            Mode::Open { since } if self.cooled(since, now) => {
                self.mode = Mode::Trial;
                Ok(Permit { trial: true })
            }
            Mode::Open { .. } => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        match (&self.mode, permit.trial) {
            (Mode::Trial, true) => {
                self.mode = Mode::Closed;
                self.failures.clear();
            }
            _ => {}
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (&self.mode, permit.trial) {
            (Mode::Trial, true) => self.mode = Mode::Open { since: now },
            (Mode::Closed, false) => {
                self.failures.push_back(now);
                while let Some(&oldest) = self.failures.front() {
                    if now - oldest > self.config.window_ms {
                        self.failures.pop_front();
                    } else {
                        break;
                    }
                }
                if self.failures.len() >= self.threshold() {
                    self.failures.clear();
                    self.mode = Mode::Open { since: now };
                }
            }
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(Rejected) => return Err(CallError::Open),
        };
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
