// learner: slow
// idiom: CUDA GPU programmer: flat Vec<u64> of failure stamps compacted with retain on every failure, like a stream-compaction pass per launch
// why: on_failure is O(failures in window) per call (retain rescans the whole Vec), O(n^2) over a storm of n failures with a large threshold, vs O(1) amortised target; try_acquire/state are O(1)
//! A circuit breaker driven by an injected clock: see README.md.

use std::cell::Cell;
use std::rc::Rc;

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
    /// Which closed/half-open episode handed this permit out.
    generation: u64,
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
    fails: Vec<u64>,
    open_at: Option<u64>,
    trial: bool,
    epoch: u64,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, fails: Vec::new(), open_at: None, trial: false, epoch: 0 }
    }

    pub fn state(&self) -> State {
        if self.trial {
            return State::HalfOpen;
        }
        match self.open_at {
            None => State::Closed,
            Some(t) if self.clock.now_ms() - t >= self.config.cool_down_ms => State::HalfOpen,
            Some(_) => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let now = self.clock.now_ms();
        match self.open_at {
            None => Ok(Permit { trial: false, generation: self.epoch }),
            Some(t) if !self.trial && now - t >= self.config.cool_down_ms => {
                self.trial = true;
                self.epoch += 1;
                Ok(Permit { trial: true, generation: self.epoch })
            }
            Some(_) => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.generation != self.epoch || !permit.trial || !self.trial {
            return;
        }
        self.trial = false;
        self.open_at = None;
        self.fails.clear();
        self.epoch += 1;
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.generation != self.epoch {
            return;
        }
        let now = self.clock.now_ms();
        if permit.trial {
            if self.trial {
                self.trial = false;
                self.open_at = Some(now);
                self.epoch += 1;
            }
            return;
        }
        if self.open_at.is_some() {
            return;
        }
        let w = self.config.window_ms;
        self.fails.push(now);
        self.fails.retain(|&t| now - t <= w);
        if self.fails.len() >= self.config.failure_threshold.max(1) as usize {
            self.fails.clear();
            self.open_at = Some(now);
            self.epoch += 1;
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let p = self.try_acquire().map_err(|_| CallError::Open)?;
        let r = f();
        if r.is_ok() { self.on_success(p) } else { self.on_failure(p) }
        r.map_err(CallError::Failed)
    }
}
