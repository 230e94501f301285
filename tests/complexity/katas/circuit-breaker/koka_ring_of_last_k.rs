// learner: optimal
// idiom: Koka: only the last `threshold` failures matter, so keep them in a ring (lazily grown Vec + head index); open iff the oldest of the last k is inside the window -- O(1) worst case, no expiry loop
//! A circuit breaker driven by an injected clock.
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

/// A ring of at most `cap` timestamps: the most recent `cap` failures.
/// It grows like a Vec until it is full, then overwrites the oldest slot.
#[derive(Debug)]
struct LastK {
    cap: usize,
    slots: Vec<u64>,
    oldest: usize, // index of the oldest slot once full
}

impl LastK {
    fn new(cap: usize) -> Self {
        LastK { cap, slots: Vec::new(), oldest: 0 }
    }

    /// Records `t` and returns the oldest of the last `cap` failures, if there are `cap` of them.
    fn record(&mut self, t: u64) -> Option<u64> {
        match self.slots.len() < self.cap {
            true => self.slots.push(t),
            false => {
                self.slots[self.oldest] = t;
                self.oldest = (self.oldest + 1) % self.cap;
            }
        }
        match self.slots.len() == self.cap {
            true => Some(self.slots[self.oldest]),
            false => None,
        }
    }

    fn reset(&mut self) {
        self.slots.clear();
        self.oldest = 0;
    }
}

#[derive(Debug, Clone, Copy)]
enum Mode {
    Closed,
    Open { since: u64 },
    Trial,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: Mode,
    recent: LastK,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        let cap = (config.failure_threshold as usize).max(1);
        CircuitBreaker { config, clock, mode: Mode::Closed, recent: LastK::new(cap) }
    }

    fn ready(&self, since: u64) -> bool {
        self.clock.now_ms() - since >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        match self.mode {
            Mode::Closed => State::Closed,
            Mode::Open { since } => match self.ready(since) {
                true => State::HalfOpen,
                false => State::Open,
            },
            Mode::Trial => State::HalfOpen,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.mode {
            Mode::Closed => Ok(Permit { trial: false }),
            Mode::Open { since } if self.ready(since) => {
                self.mode = Mode::Trial;
                Ok(Permit { trial: true })
            }
            Mode::Open { .. } | Mode::Trial => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        match (self.mode, permit.trial) {
            (Mode::Trial, true) => {
                self.recent.reset();
                self.mode = Mode::Closed;
            }
            _ => {}
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (self.mode, permit.trial) {
            (Mode::Trial, true) => self.mode = Mode::Open { since: now },
            (Mode::Closed, false) => match self.recent.record(now) {
                Some(kth) if now - kth <= self.config.window_ms => {
                    self.recent.reset();
                    self.mode = Mode::Open { since: now };
                }
                _ => {}
            },
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|Rejected| CallError::Open)?;
        let report = f();
        match report {
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
