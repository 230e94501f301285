// learner: optimal
// idiom: bool flags + early returns, Vec with a head index and half-dead compaction, helper free fn
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
    trial_in_flight: bool,
    // failure times; everything before `head` is already expired
    fail_times: Vec<u64>,
    head: usize,
}

fn threshold_of(cfg: &Config) -> usize {
    if cfg.failure_threshold == 0 {
        return 1;
    }
    cfg.failure_threshold as usize
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config: config,
            clock: clock,
            is_open: false,
            opened_at: 0,
            trial_in_flight: false,
            fail_times: Vec::new(),
            head: 0,
        }
    }

    fn live_count(&self) -> usize {
        self.fail_times.len() - self.head
    }

    pub fn state(&self) -> State {
        if self.trial_in_flight {
            return State::HalfOpen;
        }
        if !self.is_open {
            return State::Closed;
        }
        let now = self.clock.now_ms();
        if now - self.opened_at >= self.config.cool_down_ms {
            return State::HalfOpen;
        }
        State::Open
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.trial_in_flight {
            return Err(Rejected);
        }
        if !self.is_open {
            return Ok(Permit { trial: false });
        }
        let now = self.clock.now_ms();
        if now - self.opened_at < self.config.cool_down_ms {
            return Err(Rejected);
        }
        self.trial_in_flight = true;
        Ok(Permit { trial: true })
    }

    pub fn on_success(&mut self, permit: Permit) {
        if !permit.trial || !self.trial_in_flight {
            return;
        }
        self.trial_in_flight = false;
        self.is_open = false;
        self.fail_times.clear();
        self.head = 0;
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.trial_in_flight {
                self.trial_in_flight = false;
                self.is_open = true;
                self.opened_at = now;
            }
            return;
        }
        if self.is_open || self.trial_in_flight {
            return; // stale
        }
        self.fail_times.push(now);
        while self.head < self.fail_times.len() && now - self.fail_times[self.head] > self.config.window_ms {
            self.head += 1;
        }
        // compact once half of the vec is dead, so each time is moved O(1) times on average
        if self.head > 0 && self.head * 2 >= self.fail_times.len() {
            self.fail_times.drain(..self.head);
            self.head = 0;
        }
        if self.live_count() >= threshold_of(&self.config) {
            self.is_open = true;
            self.opened_at = now;
            self.fail_times.clear();
            self.head = 0;
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
        } else {
            self.on_failure(permit);
        }
        match result {
            Ok(v) => Ok(v),
            Err(e) => Err(CallError::Failed(e)),
        }
    }
}
