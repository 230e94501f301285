// learner: optimal
// idiom: enum with data for the internal state, VecDeque of failure times, match-heavy, small private helpers
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum InternalState {
    Closed,
    Open { since_ms: u64 },
    HalfOpenTrialInFlight,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    internal_state: InternalState,
    recent_failure_times: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config,
            clock,
            internal_state: InternalState::Closed,
            recent_failure_times: VecDeque::new(),
        }
    }

    fn effective_threshold(&self) -> usize {
        self.config.failure_threshold.max(1) as usize
    }

    fn cool_down_elapsed(&self, since_ms: u64, now_ms: u64) -> bool {
        now_ms - since_ms >= self.config.cool_down_ms
    }

    fn open_at(&mut self, now_ms: u64) {
        self.internal_state = InternalState::Open { since_ms: now_ms };
        self.recent_failure_times.clear();
    }

    pub fn state(&self) -> State {
        match self.internal_state {
            InternalState::Closed => State::Closed,
            InternalState::HalfOpenTrialInFlight => State::HalfOpen,
            InternalState::Open { since_ms } => {
                if self.cool_down_elapsed(since_ms, self.clock.now_ms()) {
                    State::HalfOpen
                } else {
                    State::Open
                }
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.internal_state {
            InternalState::Closed => Ok(Permit { trial: false }),
            InternalState::HalfOpenTrialInFlight => Err(Rejected),
            InternalState::Open { since_ms } => {
                if self.cool_down_elapsed(since_ms, self.clock.now_ms()) {
                    self.internal_state = InternalState::HalfOpenTrialInFlight;
                    Ok(Permit { trial: true })
                } else {
                    Err(Rejected)
                }
            }
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        match (self.internal_state, permit.trial) {
            (InternalState::HalfOpenTrialInFlight, true) => {
                self.internal_state = InternalState::Closed;
                self.recent_failure_times.clear();
            }
            _ => {}
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now_ms = self.clock.now_ms();
        match (self.internal_state, permit.trial) {
            (InternalState::HalfOpenTrialInFlight, true) => self.open_at(now_ms),
            (InternalState::Closed, false) => {
                self.recent_failure_times.push_back(now_ms);
                while let Some(&oldest) = self.recent_failure_times.front() {
                    if now_ms - oldest > self.config.window_ms {
                        self.recent_failure_times.pop_front();
                    } else {
                        break;
                    }
                }
                if self.recent_failure_times.len() >= self.effective_threshold() {
                    self.open_at(now_ms);
                }
            }
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(permit) => permit,
            Err(Rejected) => return Err(CallError::Open),
        };
        match f() {
            Ok(value) => {
                self.on_success(permit);
                Ok(value)
            }
            Err(error) => {
                self.on_failure(permit);
                Err(CallError::Failed(error))
            }
        }
    }
}
