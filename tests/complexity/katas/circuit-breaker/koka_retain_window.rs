// learner: slow
// idiom: Koka: immutable-list thinking -- the failure record is rebuilt by `retain` (a filter over the whole list) on every failure
// why: `retain` re-reads every failure in the window on each on_failure: O(w) per call, O(n^2) over a storm of n failures with a high threshold
//! A circuit breaker driven by an injected clock.
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

#[derive(Debug, Clone, Copy)]
enum Phase {
    Closed,
    Open { since: u64 },
    HalfOpen,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: Phase,
    failures: Vec<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, phase: Phase::Closed, failures: Vec::new() }
    }

    pub fn state(&self) -> State {
        let now = self.clock.now_ms();
        match self.phase {
            Phase::Closed => State::Closed,
            Phase::Open { since } if now - since >= self.config.cool_down_ms => State::HalfOpen,
            Phase::Open { .. } => State::Open,
            Phase::HalfOpen => State::HalfOpen,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match (self.phase, self.state()) {
            (Phase::Closed, _) => Ok(Permit { trial: false }),
            (Phase::Open { .. }, State::HalfOpen) => {
                self.phase = Phase::HalfOpen;
                Ok(Permit { trial: true })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if let (Phase::HalfOpen, true) = (self.phase, permit.trial) {
            self.failures.clear();
            self.phase = Phase::Closed;
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        let window = self.config.window_ms;
        match (self.phase, permit.trial) {
            (Phase::HalfOpen, true) => self.phase = Phase::Open { since: now },
            (Phase::Closed, false) => {
                self.failures.push(now);
                // keep only what is still in the window
                self.failures.retain(|&t| now - t <= window);
                let limit = self.config.failure_threshold.max(1) as usize;
                if self.failures.len() >= limit {
                    self.failures.clear();
                    self.phase = Phase::Open { since: now };
                }
            }
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        match self.try_acquire() {
            Err(Rejected) => Err(CallError::Open),
            Ok(permit) => match f() {
                Ok(v) => {
                    self.on_success(permit);
                    Ok(v)
                }
                Err(e) => {
                    self.on_failure(permit);
                    Err(CallError::Failed(e))
                }
            },
        }
    }
}
