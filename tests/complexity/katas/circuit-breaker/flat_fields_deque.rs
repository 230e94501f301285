// learner: optimal
// idiom: flat fields (State + Option<u64> opened_at + VecDeque), if-heavy with early returns, expiry via front().filter(..) and pop_front
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

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: State,
    opened_at: Option<u64>,
    recent: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, mode: State::Closed, opened_at: None, recent: VecDeque::new() }
    }

    fn cool_down_over(&self) -> bool {
        self.opened_at
            .map(|t| self.clock.now_ms() >= t.saturating_add(self.config.cool_down_ms))
            .unwrap_or(false)
    }

    fn trip(&mut self) {
        self.mode = State::Open;
        self.opened_at = Some(self.clock.now_ms());
        self.recent.clear();
    }

    pub fn state(&self) -> State {
        if self.mode == State::Open && self.cool_down_over() {
            return State::HalfOpen;
        }
        self.mode
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.mode == State::Closed {
            return Ok(Permit { trial: false });
        }
        if self.mode == State::Open && self.cool_down_over() {
            self.mode = State::HalfOpen;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if !permit.trial || self.mode != State::HalfOpen {
            return;
        }
        self.mode = State::Closed;
        self.opened_at = None;
        self.recent.clear();
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.trial {
            if self.mode == State::HalfOpen {
                self.trip();
            }
            return;
        }
        if self.mode != State::Closed {
            return;
        }
        let now = self.clock.now_ms();
        let window = self.config.window_ms;
        while self.recent.front().filter(|&&t| now - t > window).is_some() {
            self.recent.pop_front();
        }
        self.recent.push_back(now);
        if self.recent.len() as u64 >= u64::from(self.config.failure_threshold.max(1)) {
            self.trip();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let Ok(permit) = self.try_acquire() else {
            return Err(CallError::Open);
        };
        let outcome = f();
        match &outcome {
            Ok(_) => self.on_success(permit),
            Err(_) => self.on_failure(permit),
        }
        outcome.map_err(CallError::Failed)
    }
}
