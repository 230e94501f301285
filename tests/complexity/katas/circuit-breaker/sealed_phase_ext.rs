// learner: optimal
// idiom: Kotlin-style sealed phase enum carrying data, extension traits on VecDeque/Config, match-heavy
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

/// Sealed hierarchy of breaker phases, each carrying exactly its own data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Closed,
    Open { since: u64 },
    HalfOpen,
}

/// Extension-style helpers on the failure log.
trait FailureLogExt {
    fn expire_older_than(&mut self, now: u64, window: u64);
}

impl FailureLogExt for VecDeque<u64> {
    fn expire_older_than(&mut self, now: u64, window: u64) {
        while let Some(&oldest) = self.front() {
            if now - oldest > window {
                self.pop_front();
            } else {
                break;
            }
        }
    }
}

trait ConfigExt {
    fn effective_threshold(&self) -> usize;
}

impl ConfigExt for Config {
    fn effective_threshold(&self) -> usize {
        self.failure_threshold.max(1) as usize
    }
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

    fn cooled_down(&self, since: u64, now: u64) -> bool {
        now.saturating_sub(since) >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        let now = self.clock.now_ms();
        match self.phase {
            Phase::Closed => State::Closed,
            Phase::Open { since } if self.cooled_down(since, now) => State::HalfOpen,
            Phase::Open { .. } => State::Open,
            Phase::HalfOpen => State::HalfOpen,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let now = self.clock.now_ms();
        match self.phase {
            Phase::Closed => Ok(Permit { trial: false }),
            Phase::Open { since } if self.cooled_down(since, now) => {
                self.phase = Phase::HalfOpen;
                Ok(Permit { trial: true })
            }
            Phase::Open { .. } | Phase::HalfOpen => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        match (self.phase, permit.trial) {
            (Phase::HalfOpen, true) => {
                self.phase = Phase::Closed;
                self.failures.clear();
            }
            _ => {}
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (self.phase, permit.trial) {
            (Phase::HalfOpen, true) => self.phase = Phase::Open { since: now },
            (Phase::Closed, false) => {
                self.failures.push_back(now);
                self.failures.expire_older_than(now, self.config.window_ms);
                if self.failures.len() >= self.config.effective_threshold() {
                    self.failures.clear();
                    self.phase = Phase::Open { since: now };
                }
            }
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|_| CallError::Open)?;
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
