// learner: optimal
// idiom: defensive auditor: enum state with data, VecDeque window, saturating/checked arithmetic, match-heavy, private helpers
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Closed,
    Open { since_ms: u64 },
    HalfOpen,
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

    fn effective_threshold(&self) -> usize {
        let t = self.config.failure_threshold.max(1);
        usize::try_from(t).unwrap_or(usize::MAX)
    }

    fn cooled_down(&self, since_ms: u64, now_ms: u64) -> bool {
        match since_ms.checked_add(self.config.cool_down_ms) {
            Some(deadline) => now_ms >= deadline,
            None => false,
        }
    }

    fn open_at(&mut self, now_ms: u64) {
        self.failures.clear();
        self.mode = Mode::Open { since_ms: now_ms };
    }

    fn expire(&mut self, now_ms: u64) {
        while let Some(&oldest) = self.failures.front() {
            if now_ms.saturating_sub(oldest) > self.config.window_ms {
                let _ = self.failures.pop_front();
            } else {
                break;
            }
        }
    }

    pub fn state(&self) -> State {
        match self.mode {
            Mode::Closed => State::Closed,
            Mode::HalfOpen => State::HalfOpen,
            Mode::Open { since_ms } => {
                if self.cooled_down(since_ms, self.clock.now_ms()) {
                    State::HalfOpen
                } else {
                    State::Open
                }
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.mode {
            Mode::Closed => Ok(Permit { trial: false }),
            Mode::HalfOpen => Err(Rejected),
            Mode::Open { since_ms } => {
                let now_ms = self.clock.now_ms();
                if self.cooled_down(since_ms, now_ms) {
                    self.mode = Mode::HalfOpen;
                    Ok(Permit { trial: true })
                } else {
                    Err(Rejected)
                }
            }
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        match (self.mode, permit.trial) {
            (Mode::HalfOpen, true) => {
                self.failures.clear();
                self.mode = Mode::Closed;
            }
            _ => {}
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now_ms = self.clock.now_ms();
        match (self.mode, permit.trial) {
            (Mode::HalfOpen, true) => self.open_at(now_ms),
            (Mode::Closed, false) => {
                self.expire(now_ms);
                self.failures.push_back(now_ms);
                if self.failures.len() >= self.effective_threshold() {
                    self.open_at(now_ms);
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
            Ok(value) => {
                self.on_success(permit);
                Ok(value)
            }
            Err(e) => {
                self.on_failure(permit);
                Err(CallError::Failed(e))
            }
        }
    }
}
