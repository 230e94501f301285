// learner: slow
// why: CircuitBreaker::on_failure is O(n) time|space, target O(1): every failure rebuilds the failure list by filtering all of it (immutable rebuild)
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Closed,
    Open { since: u64 },
    Trial,
}

fn visible(phase: Phase, now: u64, cool_down: u64) -> State {
    match phase {
        Phase::Closed => State::Closed,
        Phase::Trial => State::HalfOpen,
        Phase::Open { since } if now - since >= cool_down => State::HalfOpen,
        Phase::Open { .. } => State::Open,
    }
}

/// The failures still inside the window at `now`, plus the new one.
fn with_failure(failures: &[u64], now: u64, window: u64) -> Vec<u64> {
    failures
        .iter()
        .copied()
        .filter(|&t| now - t <= window)
        .chain(std::iter::once(now))
        .collect()
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

    /// `Open` turns into `HalfOpen` as soon as the cool-down has passed (even before the trial).
    pub fn state(&self) -> State {
        visible(self.phase, self.clock.now_ms(), self.config.cool_down_ms)
    }

    /// Closed: always a permit. Open: rejected until the cool-down has passed, then exactly one
    /// trial permit. While the trial is in flight every other request is rejected. O(1).
    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match (self.phase, self.state()) {
            (Phase::Closed, _) => Ok(Permit { trial: false }),
            (Phase::Open { .. }, State::HalfOpen) => {
                self.phase = Phase::Trial;
                Ok(Permit { trial: true })
            }
            _ => Err(Rejected),
        }
    }

    /// A successful trial closes the breaker with a clean slate. Other successes change nothing.
    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.phase == Phase::Trial {
            self.phase = Phase::Closed;
            self.failures = Vec::new();
        }
    }

    /// A failed trial re-opens the breaker. A failure while closed is recorded, failures older
    /// than the window are forgotten, and reaching the threshold opens the breaker.
    /// Outcomes of permits issued before the breaker opened are ignored. O(1) amortised.
    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (self.phase, permit.trial) {
            (Phase::Trial, true) => self.phase = Phase::Open { since: now },
            (Phase::Closed, false) => {
                let next = with_failure(&self.failures, now, self.config.window_ms);
                let limit = self.config.failure_threshold.max(1) as usize;
                (self.phase, self.failures) = if next.len() >= limit {
                    (Phase::Open { since: now }, Vec::new())
                } else {
                    (Phase::Closed, next)
                };
            }
            _ => {}
        }
    }

    /// Runs `f` under the breaker: `Err(CallError::Open)` without calling it when refused.
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
