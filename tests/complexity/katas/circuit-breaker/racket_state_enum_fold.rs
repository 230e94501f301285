// learner: optimal
// idiom: Racket-style: state as an immutable enum value rebuilt by a pure transition fn (state, event) -> state; VecDeque window expired by a small recursive-in-spirit helper
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
}

/// The result of [`CircuitBreaker::call`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError<E> {
    /// The breaker refused; the function was not called.
    Open,
    /// The function was called and failed.
    Failed(E),
}
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Closed,
    Open { since: u64 },
    HalfOpen,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: Phase,
    failures: VecDeque<u64>,
}

fn cooled(config: &Config, since: u64, now: u64) -> bool {
    now.saturating_sub(since) >= config.cool_down_ms
}

fn expire(window: &mut VecDeque<u64>, now: u64, width: u64) {
    while let Some(&oldest) = window.front() {
        if now - oldest <= width {
            return;
        }
        window.pop_front();
    }
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, phase: Phase::Closed, failures: VecDeque::new() }
    }

    pub fn state(&self) -> State {
        match self.phase {
            Phase::Closed => State::Closed,
            Phase::HalfOpen => State::HalfOpen,
            Phase::Open { since } if cooled(&self.config, since, self.clock.now_ms()) => State::HalfOpen,
            Phase::Open { .. } => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let now = self.clock.now_ms();
        let (next, answer) = match self.phase {
            Phase::Closed => (Phase::Closed, Ok(Permit { trial: false })),
            Phase::Open { since } if cooled(&self.config, since, now) => (Phase::HalfOpen, Ok(Permit { trial: true })),
            other => (other, Err(Rejected)),
        };
        self.phase = next;
        answer
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.phase == Phase::HalfOpen {
            self.phase = Phase::Closed;
            self.failures.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        self.phase = match (self.phase, permit.trial) {
            (Phase::HalfOpen, true) => Phase::Open { since: now },
            (Phase::Closed, false) => {
                self.failures.push_back(now);
                expire(&mut self.failures, now, self.config.window_ms);
                if self.failures.len() >= self.config.failure_threshold.max(1) as usize {
                    self.failures.clear();
                    Phase::Open { since: now }
                } else {
                    Phase::Closed
                }
            }
            (unchanged, _) => unchanged,
        };
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|_| CallError::Open)?;
        f().map(|v| {
            self.on_success(Permit { trial: permit.trial });
            v
        })
        .map_err(|e| {
            self.on_failure(permit);
            CallError::Failed(e)
        })
    }
}
