// learner: optimal
// idiom: V-style plain fields (ints and bools), Vec used as a queue with a head index and occasional compaction, if-heavy
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
    is_open: bool,
    opened_at: u64,
    trial_out: bool,
    times: Vec<u64>,
    head: usize,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config: config,
            clock: clock,
            is_open: false,
            opened_at: 0,
            trial_out: false,
            times: Vec::new(),
            head: 0,
        }
    }

    pub fn state(&self) -> State {
        if self.trial_out {
            return State::HalfOpen;
        }
        if !self.is_open {
            return State::Closed;
        }
        if self.clock.now_ms() - self.opened_at >= self.config.cool_down_ms {
            return State::HalfOpen;
        }
        State::Open
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.trial_out {
            return Err(Rejected);
        }
        if !self.is_open {
            return Ok(Permit { trial: false });
        }
        if self.clock.now_ms() - self.opened_at >= self.config.cool_down_ms {
            self.trial_out = true;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_out {
            self.trial_out = false;
            self.is_open = false;
            self.times.clear();
            self.head = 0;
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.trial_out {
                self.trial_out = false;
                self.is_open = true;
                self.opened_at = now;
            }
            return;
        }
        if self.is_open || self.trial_out {
            return; // stale
        }
        self.times.push(now);
        while self.head < self.times.len() && now - self.times[self.head] > self.config.window_ms {
            self.head += 1;
        }
        // compact once half of the buffer is dead: each element is moved O(1) times on average
        if self.head > 32 && self.head * 2 > self.times.len() {
            self.times.drain(..self.head);
            self.head = 0;
        }
        let mut limit = self.config.failure_threshold as usize;
        if limit == 0 {
            limit = 1;
        }
        if self.times.len() - self.head >= limit {
            self.times.clear();
            self.head = 0;
            self.is_open = true;
            self.opened_at = now;
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|_| CallError::Open)?;
        let res = f();
        if res.is_ok() {
            self.on_success(permit);
        } else {
            self.on_failure(permit);
        }
        res.map_err(CallError::Failed)
    }
}
