// learner: optimal
// idiom: VecDeque capped at the threshold (pop_front on overflow or expiry), if/else chains, helper closures-free private fns
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

#[derive(PartialEq)]
enum Phase {
    Closed,
    Open,
    HalfOpen,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: Phase,
    open_since: u64,
    window: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, phase: Phase::Closed, open_since: 0, window: VecDeque::new() }
    }

    fn threshold(&self) -> usize {
        std::cmp::max(self.config.failure_threshold, 1) as usize
    }

    fn cool_down_over(&self) -> bool {
        self.clock.now_ms().saturating_sub(self.open_since) >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        if self.phase == Phase::Closed {
            State::Closed
        } else if self.phase == Phase::HalfOpen || self.cool_down_over() {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.phase == Phase::Closed {
            Ok(Permit { trial: false })
        } else if self.phase == Phase::Open && self.cool_down_over() {
            self.phase = Phase::HalfOpen;
            Ok(Permit { trial: true })
        } else {
            Err(Rejected)
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.phase == Phase::HalfOpen {
            self.phase = Phase::Closed;
            self.window.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.phase == Phase::HalfOpen {
                self.phase = Phase::Open;
                self.open_since = now;
            }
        } else if self.phase == Phase::Closed {
            self.window.push_back(now);
            // only the newest `threshold` failures can ever matter
            if self.window.len() > self.threshold() {
                self.window.pop_front();
            }
            while self.window.front().map_or(false, |&t| now - t > self.config.window_ms) {
                self.window.pop_front();
            }
            if self.window.len() == self.threshold() {
                self.phase = Phase::Open;
                self.open_since = now;
                self.window.clear();
            }
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        if let Ok(permit) = self.try_acquire() {
            match f() {
                Ok(value) => {
                    self.on_success(permit);
                    Ok(value)
                }
                Err(err) => {
                    self.on_failure(permit);
                    Err(CallError::Failed(err))
                }
            }
        } else {
            Err(CallError::Open)
        }
    }
}
