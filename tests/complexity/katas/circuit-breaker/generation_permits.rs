// learner: optimal
// idiom: over-engineered: generation-stamped permits so stale outcomes are detected exactly, Phase enum + FailureWindow newtype over VecDeque
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
    /// Which closed period (or trial) this permit belongs to.
    generation: u64,
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

/// Sliding window of failure timestamps, oldest first.
struct FailureWindow {
    timestamps: VecDeque<u64>,
    window_ms: u64,
}

impl FailureWindow {
    fn new(window_ms: u64) -> Self {
        FailureWindow { timestamps: VecDeque::new(), window_ms }
    }

    fn record(&mut self, now: u64) -> usize {
        self.timestamps.push_back(now);
        self.expire(now);
        self.timestamps.len()
    }

    fn expire(&mut self, now: u64) {
        let window = self.window_ms;
        while self.timestamps.front().map_or(false, |&t| now - t > window) {
            self.timestamps.pop_front();
        }
    }

    fn reset(&mut self) {
        self.timestamps.clear();
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Closed,
    Open(u64),
    Trial,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: Phase,
    generation: u64,
    window: FailureWindow,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        let window = FailureWindow::new(config.window_ms);
        CircuitBreaker { config, clock, phase: Phase::Closed, generation: 0, window }
    }

    fn threshold(&self) -> usize {
        std::cmp::max(self.config.failure_threshold, 1) as usize
    }

    fn is_cooled_down(&self, opened: u64) -> bool {
        self.clock.now_ms().saturating_sub(opened) >= self.config.cool_down_ms
    }

    fn transition(&mut self, next: Phase) {
        self.phase = next;
        self.generation += 1;
        self.window.reset();
    }

    fn is_current(&self, permit: &Permit) -> bool {
        permit.generation == self.generation
    }

    pub fn state(&self) -> State {
        match self.phase {
            Phase::Closed => State::Closed,
            Phase::Trial => State::HalfOpen,
            Phase::Open(opened) if self.is_cooled_down(opened) => State::HalfOpen,
            Phase::Open(_) => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.phase {
            Phase::Closed => Ok(Permit { trial: false, generation: self.generation }),
            Phase::Open(opened) if self.is_cooled_down(opened) => {
                self.transition(Phase::Trial);
                Ok(Permit { trial: true, generation: self.generation })
            }
            Phase::Open(_) | Phase::Trial => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if !self.is_current(&permit) {
            return;
        }
        if permit.trial && self.phase == Phase::Trial {
            self.transition(Phase::Closed);
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if !self.is_current(&permit) {
            return;
        }
        let now = self.clock.now_ms();
        match (self.phase, permit.trial) {
            (Phase::Trial, true) => self.transition(Phase::Open(now)),
            (Phase::Closed, false) => {
                if self.window.record(now) >= self.threshold() {
                    self.transition(Phase::Open(now));
                }
            }
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|_| CallError::Open)?;
        let result = f();
        match result {
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
