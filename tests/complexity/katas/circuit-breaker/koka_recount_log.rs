// learner: slow
// idiom: Koka: never forget, just recount -- the whole failure history is an append-only log and the window count is a fold (take_while from the newest end) on every failure
// why: on_failure counts every failure still in the window by walking the log: O(w) per call, O(n^2) over a storm of n failures with a high threshold (and the log grows without bound)
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

#[derive(Debug, Clone, Copy)]
enum Phase {
    Closed,
    Open { since: u64 },
    HalfOpen,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: Phase,
    /// Every failure ever recorded while closed, oldest first.
    log: Vec<u64>,
    /// Failures before this index belong to a previous closed period.
    epoch_start: usize,
}

/// How many of the failures since `from` are inside the window ending at `now`.
fn in_window(log: &[u64], from: usize, now: u64, window: u64) -> usize {
    log[from..].iter().rev().take_while(|&&t| now - t <= window).count()
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, phase: Phase::Closed, log: Vec::new(), epoch_start: 0 }
    }

    fn cooled(&self, since: u64) -> bool {
        self.clock.now_ms() - since >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        match self.phase {
            Phase::Closed => State::Closed,
            Phase::Open { since } => match self.cooled(since) {
                true => State::HalfOpen,
                false => State::Open,
            },
            Phase::HalfOpen => State::HalfOpen,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.phase {
            Phase::Closed => Ok(Permit { trial: false }),
            Phase::Open { since } if self.cooled(since) => {
                self.phase = Phase::HalfOpen;
                Ok(Permit { trial: true })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        match (self.phase, permit.trial) {
            (Phase::HalfOpen, true) => {
                self.epoch_start = self.log.len();
                self.phase = Phase::Closed;
            }
            _ => (),
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (self.phase, permit.trial) {
            (Phase::HalfOpen, true) => self.phase = Phase::Open { since: now },
            (Phase::Closed, false) => {
                self.log.push(now);
                let count = in_window(&self.log, self.epoch_start, now, self.config.window_ms);
                if count >= self.config.failure_threshold.max(1) as usize {
                    self.epoch_start = self.log.len();
                    self.phase = Phase::Open { since: now };
                }
            }
            _ => (),
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(_) => return Err(CallError::Open),
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
