// learner: optimal
// idiom: generation-stamped permits (each state change bumps an epoch so stale permits are recognised), Option<u64> for "open since", VecDeque expired by a while-loop of pop_front
use std::collections::VecDeque;
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
    /// Which closed period (or trial) handed this permit out.
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
    open_since: Option<u64>,
    trial_out: bool,
    generation: u64,
    window: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, open_since: None, trial_out: false, generation: 0, window: VecDeque::new() }
    }

    fn threshold(&self) -> usize {
        self.config.failure_threshold.max(1) as usize
    }

    fn trip(&mut self, now: u64) {
        self.open_since = Some(now);
        self.trial_out = false;
        self.window.clear();
        self.generation += 1;
    }

    pub fn state(&self) -> State {
        match (self.open_since, self.trial_out) {
            (None, _) => State::Closed,
            (Some(_), true) => State::HalfOpen,
            (Some(s), false) => {
                if self.clock.now_ms() - s >= self.config.cool_down_ms { State::HalfOpen } else { State::Open }
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.state() {
            State::Closed => Ok(Permit { trial: false, generation: self.generation }),
            State::HalfOpen if !self.trial_out => {
                self.trial_out = true;
                self.generation += 1;
                Ok(Permit { trial: true, generation: self.generation })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.generation != self.generation || !permit.trial {
            return;
        }
        self.open_since = None;
        self.trial_out = false;
        self.window.clear();
        self.generation += 1;
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.generation != self.generation {
            return;
        }
        let now = self.clock.now_ms();
        if permit.trial {
            self.trip(now);
            return;
        }
        let window = self.config.window_ms;
        while self.window.front().map_or(false, |&t| now - t > window) {
            self.window.pop_front();
        }
        self.window.push_back(now);
        if self.window.len() >= self.threshold() {
            self.trip(now);
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let Ok(permit) = self.try_acquire() else {
            return Err(CallError::Open);
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
