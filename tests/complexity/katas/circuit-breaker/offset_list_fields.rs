// learner: optimal
// idiom: Delphi/Object Pascal desktop developer: flat F-prefixed fields (FState, FOpenedAt, FTrialOut, FGeneration), failures kept in a dynamic array with an FFirst offset that is compacted when half of it is dead (TList-with-offset queue), explicit if/else chains
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
    /// Failure times; the live ones are FFailures[FFirst..].
    FFailures: Vec<u64>,
    FFirst: usize,
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
            FFirst: 0,
        }
    }

    fn Threshold(&self) -> usize {
        if self.config.failure_threshold == 0 { 1 } else { self.config.failure_threshold as usize }
    }

    fn ClearFailures(&mut self) {
        self.FFailures.clear();
        self.FFirst = 0;
    }

    fn LiveFailureCount(&self) -> usize {
        self.FFailures.len() - self.FFirst
    }

    fn DropExpiredFailures(&mut self, Now: u64) {
        while self.FFirst < self.FFailures.len() && Now - self.FFailures[self.FFirst] > self.config.window_ms {
            self.FFirst += 1;
        }
        // Compact once the dead prefix is the larger half: amortised O(1).
        if self.FFirst > 32 && self.FFirst * 2 > self.FFailures.len() {
            self.FFailures.drain(..self.FFirst);
            self.FFirst = 0;
        }
    }

    fn OpenAt(&mut self, Now: u64) {
        self.FState = State::Open;
        self.FOpenedAt = Now;
        self.FTrialOut = false;
        self.FGeneration += 1;
        self.ClearFailures();
    }

    fn CoolDownPassed(&self) -> bool {
        self.clock.now_ms() - self.FOpenedAt >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        if self.FState == State::Open && self.CoolDownPassed() {
            State::HalfOpen
        } else {
            self.FState
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.FState == State::Closed {
            return Ok(Permit { trial: false, Generation: self.FGeneration });
        }
        if self.FState == State::Open {
            if !self.CoolDownPassed() {
                return Err(Rejected);
            }
            self.FState = State::HalfOpen;
            self.FTrialOut = true;
            return Ok(Permit { trial: true, Generation: self.FGeneration });
        }
        // HalfOpen with the trial in flight
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.FState == State::HalfOpen && self.FTrialOut && permit.Generation == self.FGeneration {
            self.FState = State::Closed;
            self.FTrialOut = false;
            self.FGeneration += 1;
            self.ClearFailures();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.Generation != self.FGeneration {
            return; // stale: issued by an earlier generation
        }
        let Now = self.clock.now_ms();
        if permit.trial {
            if self.FState == State::HalfOpen && self.FTrialOut {
                self.OpenAt(Now);
            }
        } else if self.FState == State::Closed {
            self.FFailures.push(Now);
            self.DropExpiredFailures(Now);
            if self.LiveFailureCount() >= self.Threshold() {
                self.OpenAt(Now);
            }
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
