// learner: optimal
// idiom: hand-rolled growable ring buffer of timestamps (Vec<u64> + head + len, doubling), Option<u64> for opened-at, bool trial flag
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
/// FIFO of timestamps in a Vec used circularly; grows by doubling.
struct Ring {
    buf: Vec<u64>,
    head: usize,
    len: usize,
}

impl Ring {
    fn new() -> Ring {
        Ring { buf: Vec::new(), head: 0, len: 0 }
    }

    fn push(&mut self, t: u64) {
        if self.len == self.buf.len() {
            self.grow();
        }
        let cap = self.buf.len();
        let slot = (self.head + self.len) % cap;
        self.buf[slot] = t;
        self.len += 1;
    }

    fn grow(&mut self) {
        let new_cap = if self.buf.is_empty() { 4 } else { self.buf.len() * 2 };
        let mut bigger = vec![0u64; new_cap];
        for i in 0..self.len {
            bigger[i] = self.buf[(self.head + i) % self.buf.len()];
        }
        self.buf = bigger;
        self.head = 0;
    }

    fn oldest(&self) -> Option<u64> {
        if self.len == 0 { None } else { Some(self.buf[self.head]) }
    }

    fn drop_oldest(&mut self) {
        self.head = (self.head + 1) % self.buf.len();
        self.len -= 1;
    }

    fn reset(&mut self) {
        self.head = 0;
        self.len = 0;
    }
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    opened_at: Option<u64>,
    trial_out: bool,
    failures: Ring,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, opened_at: None, trial_out: false, failures: Ring::new() }
    }

    pub fn state(&self) -> State {
        if self.trial_out {
            State::HalfOpen
        } else if let Some(t) = self.opened_at {
            if self.clock.now_ms() - t >= self.config.cool_down_ms { State::HalfOpen } else { State::Open }
        } else {
            State::Closed
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.state() {
            State::Closed => Ok(Permit { trial: false }),
            State::HalfOpen if !self.trial_out => {
                self.trial_out = true;
                Ok(Permit { trial: true })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_out {
            self.trial_out = false;
            self.opened_at = None;
            self.failures.reset();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.trial_out {
                self.trial_out = false;
                self.opened_at = Some(now);
            }
            return;
        }
        if self.opened_at.is_some() {
            return; // stale: issued before the breaker opened
        }
        self.failures.push(now);
        while let Some(t) = self.failures.oldest() {
            if now - t <= self.config.window_ms {
                break;
            }
            self.failures.drop_oldest();
        }
        let limit = std::cmp::max(self.config.failure_threshold, 1) as usize;
        if self.failures.len >= limit {
            self.opened_at = Some(now);
            self.failures.reset();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(Rejected) => return Err(CallError::Open),
        };
        let outcome = f();
        if outcome.is_ok() {
            self.on_success(permit);
        } else {
            self.on_failure(permit);
        }
        outcome.map_err(CallError::Failed)
    }
}
