// learner: slow
// why: CircuitBreaker::on_failure is O(n) time, target O(1) amortised: never expires anything, counts the failures still in the window with a helper loop over every failure since the last open
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
pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: State,
    open_since: u64,
    history: Vec<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config: config, clock: clock, mode: State::Closed, open_since: 0, history: Vec::new() }
    }

    fn failures_in_window(&self, now: u64) -> usize {
        let mut count = 0;
        for i in 0..self.history.len() {
            if now - self.history[i] <= self.config.window_ms {
                count += 1;
            }
        }
        count
    }

    pub fn state(&self) -> State {
        if self.mode == State::Open {
            if self.clock.now_ms() - self.open_since >= self.config.cool_down_ms {
                return State::HalfOpen;
            }
        }
        self.mode
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.mode == State::Closed {
            return Ok(Permit { trial: false });
        }
        if self.mode == State::Open && self.clock.now_ms() - self.open_since >= self.config.cool_down_ms {
            self.mode = State::HalfOpen;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.mode == State::HalfOpen {
            self.mode = State::Closed;
            self.history.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.mode == State::HalfOpen {
                self.mode = State::Open;
                self.open_since = now;
            }
            return;
        }
        if self.mode != State::Closed {
            return;
        }
        self.history.push(now);
        let mut threshold = self.config.failure_threshold as usize;
        if threshold == 0 {
            threshold = 1;
        }
        if self.failures_in_window(now) >= threshold {
            self.mode = State::Open;
            self.open_since = now;
            self.history.clear();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(_) => return Err(CallError::Open),
        };
        let r = f();
        match r {
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
