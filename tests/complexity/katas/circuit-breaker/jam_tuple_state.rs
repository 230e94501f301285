// learner: optimal
// idiom: game-jam: (u8 mode, u64 since) tuple state, VecDeque, compact if-chains and one-liners
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

use std::collections::VecDeque;

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    st: (u8, u64), // 0 closed, 1 open since .1, 2 half-open
    q: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, st: (0, 0), q: VecDeque::new() }
    }

    fn ready(&self) -> bool { self.clock.now_ms().saturating_sub(self.st.1) >= self.config.cool_down_ms }

    pub fn state(&self) -> State {
        [State::Closed, if self.ready() { State::HalfOpen } else { State::Open }, State::HalfOpen][self.st.0 as usize]
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.st.0 == 0 { return Ok(Permit { trial: false }); }
        if self.st.0 == 1 && self.ready() { self.st.0 = 2; return Ok(Permit { trial: true }); }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.st.0 == 2 { self.st = (0, 0); self.q.clear(); }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (self.st.0, permit.trial) {
            (2, true) => self.st = (1, now),
            (0, false) => {
                while self.q.front().map_or(false, |&t| now - t > self.config.window_ms) { self.q.pop_front(); }
                self.q.push_back(now);
                if self.q.len() as u64 >= self.config.failure_threshold.max(1) as u64 { self.q.clear(); self.st = (1, now); }
            }
            _ => (),
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let p = self.try_acquire().map_err(|_| CallError::Open)?;
        f().map(|v| { self.on_success(Permit { trial: p.trial }); v })
           .map_err(|e| { self.on_failure(p); CallError::Failed(e) })
    }
}
