// learner: optimal
// idiom: Raku enthusiast: the state is an enum that carries its own data (Closed owns the failure deque, Open owns its start), transitions by replacing the whole value, expiry with while-let pop_front, stale permits caught by an epoch
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
enum Mode {
    Closed { failures: VecDeque<u64> },
    Open { since: u64 },
    Trial,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: Mode,
    epoch: u64,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, mode: Mode::Closed { failures: VecDeque::new() }, epoch: 0 }
    }

    fn cooled(&self, since: u64) -> bool {
        self.clock.now_ms() - since >= self.config.cool_down_ms
    }

    fn enter(&mut self, mode: Mode) {
        self.mode = mode;
        self.epoch += 1;
    }

    pub fn state(&self) -> State {
        match self.mode {
            Mode::Closed { .. } => State::Closed,
            Mode::Open { since } if !self.cooled(since) => State::Open,
            Mode::Open { .. } | Mode::Trial => State::HalfOpen,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.mode {
            Mode::Closed { .. } => Ok(Permit { trial: false, epoch: self.epoch }),
            Mode::Open { since } if self.cooled(since) => {
                self.enter(Mode::Trial);
                Ok(Permit { trial: true, epoch: self.epoch })
            }
            Mode::Open { .. } | Mode::Trial => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && permit.epoch == self.epoch && matches!(self.mode, Mode::Trial) {
            self.enter(Mode::Closed { failures: VecDeque::new() });
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.epoch != self.epoch {
            return; // from an earlier period: stale
        }
        let now = self.clock.now_ms();
        let (window, threshold) = (self.config.window_ms, self.config.failure_threshold.max(1) as usize);
        match (&mut self.mode, permit.trial) {
            (Mode::Trial, true) => self.enter(Mode::Open { since: now }),
            (Mode::Closed { failures }, false) => {
                failures.push_back(now);
                while failures.front().is_some_and(|&t| now - t > window) {
                    failures.pop_front();
                }
                if failures.len() >= threshold {
                    self.enter(Mode::Open { since: now });
                }
            }
            _ => {}
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
