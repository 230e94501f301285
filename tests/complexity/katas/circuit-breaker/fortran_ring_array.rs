// learner: optimal
// idiom: Fortran work-array style: hand-rolled growable ring buffer (Vec + head + count, doubled when full) for failure times, explicit index arithmetic
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

/// Circular array of timestamps; grows by doubling like a reallocated work array.
struct Ring {
    buf: Vec<u64>,
    head: usize,
    count: usize,
}

impl Ring {
    fn new() -> Self {
        Ring { buf: Vec::new(), head: 0, count: 0 }
    }

    fn push(&mut self, t: u64) {
        if self.count == self.buf.len() {
            let cap = if self.buf.is_empty() { 4 } else { 2 * self.buf.len() };
            let mut nb = vec![0u64; cap];
            for k in 0..self.count {
                nb[k] = self.buf[(self.head + k) % self.buf.len()];
            }
            self.buf = nb;
            self.head = 0;
        }
        let tail = (self.head + self.count) % self.buf.len();
        self.buf[tail] = t;
        self.count += 1;
    }

    fn oldest(&self) -> Option<u64> {
        if self.count == 0 {
            None
        } else {
            Some(self.buf[self.head])
        }
    }

    fn drop_oldest(&mut self) {
        self.head = (self.head + 1) % self.buf.len();
        self.count -= 1;
    }

    fn reset(&mut self) {
        self.head = 0;
        self.count = 0;
    }
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    open_since: Option<u64>,
    trial_out: bool,
    ring: Ring,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, open_since: None, trial_out: false, ring: Ring::new() }
    }

    pub fn state(&self) -> State {
        if self.trial_out {
            return State::HalfOpen;
        }
        match self.open_since {
            None => State::Closed,
            Some(s) => {
                if self.clock.now_ms() - s >= self.config.cool_down_ms {
                    State::HalfOpen
                } else {
                    State::Open
                }
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.trial_out {
            return Err(Rejected);
        }
        let s = match self.open_since {
            None => return Ok(Permit { trial: false }),
            Some(s) => s,
        };
        if self.clock.now_ms() - s < self.config.cool_down_ms {
            return Err(Rejected);
        }
        self.trial_out = true;
        Ok(Permit { trial: true })
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_out {
            self.trial_out = false;
            self.open_since = None;
            self.ring.reset();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.trial_out {
                self.trial_out = false;
                self.open_since = Some(now);
            }
            return;
        }
        if self.trial_out || self.open_since.is_some() {
            return;
        }
        self.ring.push(now);
        while let Some(t) = self.ring.oldest() {
            if now - t <= self.config.window_ms {
                break;
            }
            self.ring.drop_oldest();
        }
        let need = std::cmp::max(1, self.config.failure_threshold) as usize;
        if self.ring.count >= need {
            self.open_since = Some(now);
            self.ring.reset();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(Rejected) => return Err(CallError::Open),
        };
        let out = f();
        match out {
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
