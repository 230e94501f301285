// learner: slow
// idiom: Delphi/Object Pascal desktop developer: F-prefixed fields and a plain dynamic array of failure times; every failure appends, then re-filters the whole list with retain (like looping over a TList and deleting old items)
// why: on_failure is O(w) instead of O(1) amortised, w = failures in the window: retain walks every remembered failure on every call, so a storm of n failures costs O(n^2).
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
    /// The breaker generation that issued it; outcomes from an older one are stale.
    Generation: u64,
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
    FState: State,
    FOpenedAt: u64,
    FTrialOut: bool,
    FGeneration: u64,
    FFailures: Vec<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config,
            clock,
            FState: State::Closed,
            FOpenedAt: 0,
            FTrialOut: false,
            FGeneration: 0,
            FFailures: Vec::new(),
        }
    }

    fn OpenAt(&mut self, Now: u64) {
        self.FState = State::Open;
        self.FOpenedAt = Now;
        self.FTrialOut = false;
        self.FGeneration += 1;
        self.FFailures.clear();
    }

    pub fn state(&self) -> State {
        if self.FState == State::Open && self.clock.now_ms() - self.FOpenedAt >= self.config.cool_down_ms {
            return State::HalfOpen;
        }
        self.FState
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.state() {
            State::Closed => Ok(Permit { trial: false, Generation: self.FGeneration }),
            State::HalfOpen => {
                if self.FTrialOut {
                    Err(Rejected)
                } else {
                    self.FState = State::HalfOpen;
                    self.FTrialOut = true;
                    Ok(Permit { trial: true, Generation: self.FGeneration })
                }
            }
            State::Open => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.FTrialOut && permit.Generation == self.FGeneration {
            self.FState = State::Closed;
            self.FTrialOut = false;
            self.FGeneration += 1;
            self.FFailures.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.Generation != self.FGeneration {
            return;
        }
        let Now = self.clock.now_ms();
        if permit.trial {
            if self.FTrialOut {
                self.OpenAt(Now);
            }
            return;
        }
        if self.FState != State::Closed {
            return;
        }
        self.FFailures.push(Now);
        let Window = self.config.window_ms;
        self.FFailures.retain(|&Time| Now - Time <= Window);
        let mut Threshold = self.config.failure_threshold as usize;
        if Threshold == 0 {
            Threshold = 1;
        }
        if self.FFailures.len() >= Threshold {
            self.OpenAt(Now);
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let Permit = match self.try_acquire() {
            Ok(P) => P,
            Err(_) => return Err(CallError::Open),
        };
        match f() {
            Ok(Value) => {
                self.on_success(Permit);
                Ok(Value)
            }
            Err(Error) => {
                self.on_failure(Permit);
                Err(CallError::Failed(Error))
            }
        }
    }
}
