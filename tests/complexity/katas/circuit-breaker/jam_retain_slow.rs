// learner: slow
// why: CircuitBreaker::on_failure is O(n) time, target O(1): retain() re-filters the whole failure Vec on every failure
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
    st: (u8, u64), // 0 closed, 1 open since .1, 2 trial out
    f: Vec<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self { CircuitBreaker { config, clock, st: (0, 0), f: vec![] } }

    fn cool(&self) -> bool { self.clock.now_ms() - self.st.1 >= self.config.cool_down_ms }

    pub fn state(&self) -> State {
        match self.st.0 { 0 => State::Closed, 1 if !self.cool() => State::Open, _ => State::HalfOpen }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.st.0 {
            0 => Ok(Permit { trial: false }),
            1 if self.cool() => { self.st.0 = 2; Ok(Permit { trial: true }) }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, p: Permit) { if p.trial && self.st.0 == 2 { self.st = (0, 0); self.f.clear(); } }

    pub fn on_failure(&mut self, p: Permit) {
        let (now, w) = (self.clock.now_ms(), self.config.window_ms);
        if p.trial && self.st.0 == 2 { self.st = (1, now); return; }
        if p.trial || self.st.0 != 0 { return; }
        self.f.push(now);
        self.f.retain(|&t| now - t <= w);
        if self.f.len() >= self.config.failure_threshold.max(1) as usize { self.f.clear(); self.st = (1, now); }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let p = self.try_acquire().map_err(|_| CallError::Open)?;
        match f() { Ok(v) => { self.on_success(p); Ok(v) } Err(e) => { self.on_failure(p); Err(CallError::Failed(e)) } }
    }
}
