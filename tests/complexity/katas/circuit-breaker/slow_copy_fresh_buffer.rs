// learner: slow
// why: CircuitBreaker::on_failure is O(n) time, target O(1): copies the still-fresh failures into a new buffer on every failure
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
    mode: i32, // 0 closed, 1 open, 2 half-open trial in flight
    t_open: u64,
    tf: Vec<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, mode: 0, t_open: 0, tf: Vec::new() }
    }

    pub fn state(&self) -> State {
        if self.mode == 0 {
            State::Closed
        } else if self.mode == 2 {
            State::HalfOpen
        } else if self.clock.now_ms() - self.t_open >= self.config.cool_down_ms {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.mode == 0 {
            return Ok(Permit { trial: false });
        }
        if self.mode == 1 && self.clock.now_ms() - self.t_open >= self.config.cool_down_ms {
            self.mode = 2;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.mode == 2 {
            self.mode = 0;
            self.tf.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let t = self.clock.now_ms();
        if permit.trial {
            if self.mode == 2 {
                self.mode = 1;
                self.t_open = t;
            }
            return;
        }
        if self.mode != 0 {
            return;
        }
        let n = self.tf.len();
        let mut keep: Vec<u64> = Vec::with_capacity(n + 1);
        for i in 0..n {
            if t - self.tf[i] <= self.config.window_ms {
                keep.push(self.tf[i]);
            }
        }
        keep.push(t);
        self.tf = keep;
        let mut thr = self.config.failure_threshold as usize;
        if thr < 1 {
            thr = 1;
        }
        if self.tf.len() >= thr {
            self.mode = 1;
            self.t_open = t;
            self.tf.clear();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let p = match self.try_acquire() {
            Ok(p) => p,
            Err(Rejected) => return Err(CallError::Open),
        };
        match f() {
            Ok(v) => {
                self.on_success(p);
                Ok(v)
            }
            Err(e) => {
                self.on_failure(p);
                Err(CallError::Failed(e))
            }
        }
    }
}
