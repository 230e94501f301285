// learner: optimal
// idiom: Phase enum carrying its data, pure transition helpers that return the next Phase (rebuilt, never mutated in place), VecDeque window
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

/// What an outsider sees of `phase` at `now`.
fn visible(phase: Phase, now: u64, cool_down: u64) -> State {
    match phase {
        Phase::Closed => State::Closed,
        Phase::Trial => State::HalfOpen,
        Phase::Open { since } if now - since >= cool_down => State::HalfOpen,
        Phase::Open { .. } => State::Open,
    }
}

/// Next phase and the answer to a permit request.
fn acquire(phase: Phase, now: u64, cool_down: u64) -> (Phase, Result<Permit, Rejected>) {
    match (phase, visible(phase, now, cool_down)) {
        (Phase::Closed, _) => (phase, Ok(Permit { trial: false })),
        (Phase::Open { .. }, State::HalfOpen) => (Phase::Trial, Ok(Permit { trial: true })),
        _ => (phase, Err(Rejected)),
    }
}

fn threshold(config: &Config) -> usize {
    config.failure_threshold.max(1) as usize
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: Phase,
    failures: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, phase: Phase::Closed, failures: VecDeque::new() }
    }

    /// `Open` turns into `HalfOpen` as soon as the cool-down has passed (even before the trial).
    pub fn state(&self) -> State {
        visible(self.phase, self.clock.now_ms(), self.config.cool_down_ms)
    }

    /// Closed: always a permit. Open: rejected until the cool-down has passed, then exactly one
    /// trial permit. While the trial is in flight every other request is rejected. O(1).
    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let (next, answer) = acquire(self.phase, self.clock.now_ms(), self.config.cool_down_ms);
        self.phase = next;
        answer
    }

    /// A successful trial closes the breaker with a clean slate. Other successes change nothing.
    pub fn on_success(&mut self, permit: Permit) {
        self.phase = match (self.phase, permit.trial) {
            (Phase::Trial, true) => {
                self.failures.clear();
                Phase::Closed
            }
            (phase, _) => phase,
        };
    }

    /// A failed trial re-opens the breaker. A failure while closed is recorded, failures older
    /// than the window are forgotten, and reaching the threshold opens the breaker.
    /// Outcomes of permits issued before the breaker opened are ignored. O(1) amortised.
    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        self.phase = match (self.phase, permit.trial) {
            (Phase::Trial, true) => Phase::Open { since: now },
            (Phase::Closed, false) => self.record(now),
            (phase, _) => phase,
        };
    }

    /// Records a failure at `now` and says which phase follows.
    fn record(&mut self, now: u64) -> Phase {
        let window = self.config.window_ms;
        self.failures.push_back(now);
        while self.failures.front().map_or(false, |&t| now - t > window) {
            self.failures.pop_front();
        }
        if self.failures.len() >= threshold(&self.config) {
            self.failures.clear();
            Phase::Open { since: now }
        } else {
            Phase::Closed
        }
    }

    /// Runs `f` under the breaker: `Err(CallError::Open)` without calling it when refused.
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
