// learner: slow
// idiom: PostScript: never pop anything; every failure is pushed, and the live ones are counted by walking the whole array with a counter (a `forall` with a `1 add`)
// why: the count walks every failure since the breaker last opened or closed: O(n) per on_failure, O(n^2) over a storm of n failures with a high threshold
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
    mode: State, // Closed, Open, or HalfOpen meaning "trial in flight"
    since: u64,
    history: Vec<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, mode: State::Closed, since: 0, history: Vec::new() }
    }

    /// how many of the recorded failures are inside the window at `now`
    fn live_count(&self, now: u64) -> usize {
        let mut n = 0;
        for k in 0..self.history.len() {
            if now - self.history[k] <= self.config.window_ms {
                n += 1;
            }
        }
        n
    }

    fn ready(&self) -> bool {
        self.clock.now_ms() - self.since >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        match self.mode {
            State::Open if self.ready() => State::HalfOpen,
            m => m,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.mode {
            State::Closed => Ok(Permit { trial: false }),
            State::Open if self.ready() => {
                self.mode = State::HalfOpen;
                Ok(Permit { trial: true })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if self.mode == State::HalfOpen && permit.trial {
            self.mode = State::Closed;
            self.history.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if self.mode == State::HalfOpen && permit.trial {
            self.mode = State::Open;
            self.since = now;
            self.history.clear();
            return;
        }
        if self.mode != State::Closed || permit.trial {
            return;
        }
        self.history.push(now);
        if self.live_count(now) >= self.config.failure_threshold.max(1) as usize {
            self.mode = State::Open;
            self.since = now;
            self.history.clear();
        }
    }

    /// Runs `f` under the breaker: `Err(CallError::Open)` without calling it when refused.
    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(Rejected) => return Err(CallError::Open),
        };
        match f() {
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
