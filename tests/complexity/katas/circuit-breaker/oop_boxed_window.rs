// learner: optimal
// idiom: OOP: Phase enum with data, a FailureWindow struct holding a boxed staleness predicate closure (Box<dyn Fn(u64, u64) -> bool>), match on (phase, permit.trial)
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
enum Phase {
    Closed,
    Open { since: u64 },
    Trial,
}

struct FailureWindow {
    times: VecDeque<u64>,
    stale: Box<dyn Fn(u64, u64) -> bool>,
    limit: usize,
}

impl FailureWindow {
    fn new(window_ms: u64, threshold: u32) -> Self {
        FailureWindow {
            times: VecDeque::new(),
            stale: Box::new(move |now, t| now - t > window_ms),
            limit: threshold.max(1) as usize,
        }
    }

    /// Records a failure and says whether the threshold is reached.
    fn record(&mut self, now: u64) -> bool {
        self.times.push_back(now);
        while self.times.front().map_or(false, |&t| (self.stale)(now, t)) {
            self.times.pop_front();
        }
        self.times.len() >= self.limit
    }

    fn reset(&mut self) {
        self.times.clear();
    }
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: Phase,
    window: FailureWindow,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        let window = FailureWindow::new(config.window_ms, config.failure_threshold);
        CircuitBreaker { config, clock, phase: Phase::Closed, window }
    }

    fn cooled_down(&self, since: u64) -> bool {
        self.clock.now_ms() - since >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        match self.phase {
            Phase::Closed => State::Closed,
            Phase::Trial => State::HalfOpen,
            Phase::Open { since } if self.cooled_down(since) => State::HalfOpen,
            Phase::Open { .. } => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.phase {
            Phase::Closed => Ok(Permit { trial: false }),
            Phase::Open { since } if self.cooled_down(since) => {
                self.phase = Phase::Trial;
                Ok(Permit { trial: true })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if let (Phase::Trial, true) = (self.phase, permit.trial) {
            self.phase = Phase::Closed;
            self.window.reset();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (self.phase, permit.trial) {
            (Phase::Trial, true) => self.phase = Phase::Open { since: now },
            (Phase::Closed, false) => {
                if self.window.record(now) {
                    self.window.reset();
                    self.phase = Phase::Open { since: now };
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
