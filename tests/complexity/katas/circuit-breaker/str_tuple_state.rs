// learner: optimal
// idiom: (&str, u64) tuple as state, VecDeque expired by free helper with while/index, early returns
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

// state is kept as (kind, since) where kind is "closed" / "open" / "half"
pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    current: (&'static str, u64),
    recent_failures: VecDeque<u64>,
}

fn cooled(now: u64, since: u64, cool_down: u64) -> bool {
    now.saturating_sub(since) >= cool_down
}

fn expire_old(q: &mut VecDeque<u64>, now: u64, window: u64) {
    while !q.is_empty() {
        let first = q[0];
        if now - first <= window {
            return;
        }
        q.pop_front();
    }
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, current: ("closed", 0), recent_failures: VecDeque::new() }
    }

    pub fn state(&self) -> State {
        let (kind, since) = self.current;
        if kind == "closed" {
            return State::Closed;
        }
        if kind == "half" {
            return State::HalfOpen;
        }
        if cooled(self.clock.now_ms(), since, self.config.cool_down_ms) {
            return State::HalfOpen;
        }
        State::Open
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let (kind, since) = self.current;
        if kind == "closed" {
            return Ok(Permit { trial: false });
        }
        if kind == "open" && cooled(self.clock.now_ms(), since, self.config.cool_down_ms) {
            self.current = ("half", since);
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if self.current.0 == "half" && permit.trial {
            self.current = ("closed", 0);
            self.recent_failures.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        let kind = self.current.0;
        if kind == "half" && permit.trial {
            self.current = ("open", now);
            return;
        }
        if kind != "closed" || permit.trial {
            return;
        }
        self.recent_failures.push_back(now);
        expire_old(&mut self.recent_failures, now, self.config.window_ms);
        let mut needed = self.config.failure_threshold as usize;
        if needed == 0 {
            needed = 1;
        }
        if self.recent_failures.len() >= needed {
            self.current = ("open", now);
            self.recent_failures.clear();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        if let Ok(permit) = self.try_acquire() {
            let out = f();
            if out.is_ok() {
                self.on_success(permit);
            } else {
                self.on_failure(permit);
            }
            return out.map_err(CallError::Failed);
        }
        Err(CallError::Open)
    }
}
