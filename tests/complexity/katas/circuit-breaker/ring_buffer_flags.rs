// learner: optimal
// idiom: hand-rolled growable ring buffer (Vec + head + len) for failure times, Option<u64> open-since and bool trial flag
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

/// A FIFO of timestamps in a Vec used as a circular buffer; doubles when full.
#[derive(Debug, Default)]
struct Ring {
    buf: Vec<u64>,
    head: usize,
    len: usize,
}

impl Ring {
    fn push(&mut self, t: u64) {
        if self.len == self.buf.len() {
            let cap = (self.buf.len() * 2).max(4);
            let mut grown = Vec::with_capacity(cap);
            for k in 0..self.len {
                grown.push(self.buf[(self.head + k) % self.buf.len()]);
            }
            grown.resize(cap, 0);
            self.buf = grown;
            self.head = 0;
        }
        let slot = (self.head + self.len) % self.buf.len();
        self.buf[slot] = t;
        self.len += 1;
    }

    fn oldest(&self) -> Option<u64> {
        (self.len > 0).then(|| self.buf[self.head])
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
    open_since: Option<u64>,
    trial_out: bool,
    recent: Ring,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, open_since: None, trial_out: false, recent: Ring::default() }
    }

    fn open_at(&mut self, now: u64) {
        self.open_since = Some(now);
        self.trial_out = false;
        self.recent.reset();
    }

    pub fn state(&self) -> State {
        match (self.trial_out, self.open_since) {
            (true, _) => State::HalfOpen,
            (false, None) => State::Closed,
            (false, Some(s)) if self.clock.now_ms() - s >= self.config.cool_down_ms => State::HalfOpen,
            (false, Some(_)) => State::Open,
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
            self.open_since = None;
            self.recent.reset();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (permit.trial, self.trial_out, self.open_since) {
            (true, true, _) => self.open_at(now),
            (false, false, None) => {
                self.recent.push(now);
                while let Some(t) = self.recent.oldest() {
                    if now - t <= self.config.window_ms {
                        break;
                    }
                    self.recent.drop_oldest();
                }
                if self.recent.len >= self.config.failure_threshold.max(1) as usize {
                    self.open_at(now);
                }
            }
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let Ok(permit) = self.try_acquire() else {
            return Err(CallError::Open);
        };
        f().map(|v| {
            self.on_success(Permit { trial: permit.trial });
            v
        })
        .map_err(|e| {
            self.on_failure(Permit { trial: permit.trial });
            CallError::Failed(e)
        })
    }
}
