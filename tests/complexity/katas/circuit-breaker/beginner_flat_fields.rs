// learner: optimal
// idiom: beginner flat fields (State + opened_at + VecDeque), if/else chains, explicit returns, clear() on transitions
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

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    current: State,
    opened_at: u64,
    failures: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config: config,
            clock: clock,
            current: State::Closed,
            opened_at: 0,
            failures: VecDeque::new(),
        }
    }

    pub fn state(&self) -> State {
        if self.current == State::Open {
            let now = self.clock.now_ms();
            if now - self.opened_at >= self.config.cool_down_ms {
                return State::HalfOpen;
            }
            return State::Open;
        }
        return self.current;
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.current == State::Closed {
            return Ok(Permit { trial: false });
        } else if self.current == State::Open {
            let now = self.clock.now_ms();
            if now - self.opened_at >= self.config.cool_down_ms {
                self.current = State::HalfOpen;
                return Ok(Permit { trial: true });
            } else {
                return Err(Rejected);
            }
        } else {
            return Err(Rejected);
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.current == State::HalfOpen {
            self.current = State::Closed;
            self.failures.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.current == State::HalfOpen {
                self.current = State::Open;
                self.opened_at = now;
            }
            return;
        }
        if self.current != State::Closed {
            return;
        }
        self.failures.push_back(now);
        while self.failures.len() > 0 && now - self.failures[0] > self.config.window_ms {
            self.failures.pop_front();
        }
        let mut threshold = self.config.failure_threshold as usize;
        if threshold == 0 {
            threshold = 1;
        }
        if self.failures.len() >= threshold {
            self.current = State::Open;
            self.opened_at = now;
            self.failures.clear();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(_) => return Err(CallError::Open),
        };
        let result = f();
        if result.is_ok() {
            self.on_success(permit);
            return Ok(result.ok().unwrap());
        } else {
            self.on_failure(permit);
            return Err(CallError::Failed(result.err().unwrap()));
        }
    }
}
