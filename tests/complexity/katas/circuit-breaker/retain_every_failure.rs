// learner: slow
// idiom: Ada/SPARK safety engineer: explicit mode record and a plain Vec of failure instants, re-validated in full (retain) on every failure so the invariant "all entries within the window" is re-established from scratch
// why: on_failure calls Vec::retain over every remembered failure: O(w) per call with w failures in the window, O(n^2) over a storm of n failures under a high threshold, vs the O(1) amortised target (pop_front of expired entries only)
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
enum Mode {
    Closed,
    Open,
    HalfOpenTrial,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: Mode,
    opened_at: u64,
    failure_times: Vec<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, mode: Mode::Closed, opened_at: 0, failure_times: Vec::new() }
    }

    fn limit(&self) -> usize {
        core::cmp::max(self.config.failure_threshold, 1) as usize
    }

    fn cool_down_over(&self, now: u64) -> bool {
        now - self.opened_at >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        match self.mode {
            Mode::Closed => State::Closed,
            Mode::HalfOpenTrial => State::HalfOpen,
            Mode::Open if self.cool_down_over(self.clock.now_ms()) => State::HalfOpen,
            Mode::Open => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let now = self.clock.now_ms();
        match self.mode {
            Mode::Closed => Ok(Permit { trial: false }),
            Mode::Open if self.cool_down_over(now) => {
                self.mode = Mode::HalfOpenTrial;
                Ok(Permit { trial: true })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.mode == Mode::HalfOpenTrial {
            self.mode = Mode::Closed;
            self.failure_times.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.mode == Mode::HalfOpenTrial {
                self.mode = Mode::Open;
                self.opened_at = now;
            }
            return;
        }
        if self.mode != Mode::Closed {
            return; // stale outcome
        }
        let window = self.config.window_ms;
        self.failure_times.push(now);
        self.failure_times.retain(|&t| now - t <= window);
        if self.failure_times.len() >= self.limit() {
            self.mode = Mode::Open;
            self.opened_at = now;
            self.failure_times.clear();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let Ok(permit) = self.try_acquire() else {
            return Err(CallError::Open);
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
