// learner: optimal
// idiom: PostScript: the breaker is a little state dictionary (a mode name plus its data); failure times sit on a VecDeque used as a FIFO: push on the back, pop expired ones off the front
// why: each failure time is pushed once and popped at most once: O(1) amortised on_failure, O(1) try_acquire/state
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

/// The mode "names" of the breaker, with what each one carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Closed,
    Open { since: u64 },
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

    /// threshold 0 acts like 1
    fn limit(&self) -> usize {
        if self.config.failure_threshold == 0 { 1 } else { self.config.failure_threshold as usize }
    }

    fn cooled(&self, since: u64, now: u64) -> bool {
        now - since >= self.config.cool_down_ms
    }

    fn open_at(&mut self, now: u64) {
        self.mode = Mode::Open { since: now };
        self.failures.clear();
    }

    pub fn state(&self) -> State {
        match self.mode {
            Mode::Closed => State::Closed,
            Mode::HalfOpen => State::HalfOpen,
            Mode::Open { since } => {
                if self.cooled(since, self.clock.now_ms()) { State::HalfOpen } else { State::Open }
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.mode {
            Mode::Closed => Ok(Permit { trial: false }),
            Mode::HalfOpen => Err(Rejected),
            Mode::Open { since } => {
                if self.cooled(since, self.clock.now_ms()) {
                    self.mode = Mode::HalfOpen;
                    Ok(Permit { trial: true })
                } else {
                    Err(Rejected)
                }
            }
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.mode == Mode::HalfOpen {
            self.mode = Mode::Closed;
            self.failures.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (self.mode, permit.trial) {
            (Mode::HalfOpen, true) => self.open_at(now),
            (Mode::Closed, false) => {
                self.failures.push_back(now);
                // expired ones are the oldest: pop them off the front
                while let Some(&oldest) = self.failures.front() {
                    if now - oldest > self.config.window_ms {
                        self.failures.pop_front();
                    } else {
                        break;
                    }
                }
                if self.failures.len() >= self.limit() {
                    self.open_at(now);
                }
            }
            _ => {} // stale outcome: ignore
        }
    }

    /// Runs `f` under the breaker: `Err(CallError::Open)` without calling it when refused.
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
