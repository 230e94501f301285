// learner: optimal
// idiom: Fortran port: integer mode codes (CLOSED/OPEN/HALF constants), VecDeque window trimmed by an explicit do-while, if-ladders
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

const CLOSED: u8 = 0;
const OPEN: u8 = 1;
const HALF: u8 = 2;

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: u8,
    since: u64,
    fails: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, mode: CLOSED, since: 0, fails: VecDeque::new() }
    }

    fn cooled(&self, now: u64) -> bool {
        now - self.since >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        if self.mode == CLOSED {
            State::Closed
        } else if self.mode == HALF {
            State::HalfOpen
        } else if self.cooled(self.clock.now_ms()) {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.mode == CLOSED {
            return Ok(Permit { trial: false });
        }
        if self.mode == OPEN && self.cooled(self.clock.now_ms()) {
            self.mode = HALF;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.mode == HALF {
            self.mode = CLOSED;
            self.fails.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.mode == HALF {
                self.mode = OPEN;
                self.since = now;
            }
            return;
        }
        if self.mode != CLOSED {
            return; // stale
        }
        self.fails.push_back(now);
        // do while (oldest is out of the window) drop it
        loop {
            let t0 = match self.fails.front() {
                Some(&t) => t,
                None => break,
            };
            if now - t0 > self.config.window_ms {
                self.fails.pop_front();
            } else {
                break;
            }
        }
        let mut limit = self.config.failure_threshold as usize;
        if limit < 1 {
            limit = 1;
        }
        if self.fails.len() >= limit {
            self.mode = OPEN;
            self.since = now;
            self.fails.clear();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(_) => return Err(CallError::Open),
        };
        let r = f();
        if r.is_ok() {
            self.on_success(permit);
        } else {
            self.on_failure(permit);
        }
        r.map_err(CallError::Failed)
    }
}
