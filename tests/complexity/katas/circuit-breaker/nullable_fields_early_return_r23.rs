// learner: optimal
// idiom: Kotlin data-class style: nullable Option fields + Boolean flag, if/early-return heavy, small private helpers
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

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    /// null (None) while closed
    open_since: Option<u64>,
    trial_in_flight: bool,
    recent_failures: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        Self {
            config,
            clock,
            open_since: None,
            trial_in_flight: false,
            recent_failures: VecDeque::new(),
        }
    }

    fn now(&self) -> u64 {
        self.clock.now_ms()
    }

    fn is_cooled(&self, since: u64) -> bool {
        self.now() >= since.saturating_add(self.config.cool_down_ms)
    }

    fn reset(&mut self) {
        self.open_since = None;
        self.trial_in_flight = false;
        self.recent_failures.clear();
    }

    fn open_at(&mut self, now: u64) {
        self.open_since = Some(now);
        self.trial_in_flight = false;
        self.recent_failures.clear();
    }

    pub fn state(&self) -> State {
        if self.trial_in_flight {
            return State::HalfOpen;
        }
        if let Some(since) = self.open_since {
            if self.is_cooled(since) {
                return State::HalfOpen;
            }
            return State::Open;
        }
        State::Closed
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.trial_in_flight {
            return Err(Rejected);
        }
        let since = match self.open_since {
            None => return Ok(Permit { trial: false }),
            Some(s) => s,
        };
        if !self.is_cooled(since) {
            return Err(Rejected);
        }
        self.trial_in_flight = true;
        Ok(Permit { trial: true })
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_in_flight {
            self.reset();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.now();
        if permit.trial {
            if self.trial_in_flight {
                self.open_at(now);
            }
            return;
        }
        if self.open_since.is_some() || self.trial_in_flight {
            return; // stale outcome
        }
        let window = self.config.window_ms;
        self.recent_failures.push_back(now);
        loop {
            let oldest = *self.recent_failures.front().unwrap();
            if now - oldest <= window {
                break;
            }
            self.recent_failures.pop_front();
        }
        let threshold = std::cmp::max(self.config.failure_threshold, 1) as usize;
        if self.recent_failures.len() >= threshold {
            self.open_at(now);
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let Ok(permit) = self.try_acquire() else {
            return Err(CallError::Open);
        };
        let result = f();
        if let Err(e) = result {
            self.on_failure(permit);
            return Err(CallError::Failed(e));
        }
        self.on_success(permit);
        result.map_err(CallError::Failed)
    }
}
