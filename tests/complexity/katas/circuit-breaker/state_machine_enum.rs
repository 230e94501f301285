// learner: optimal
// idiom: Objective-C macOS veteran: an explicit phase enum like an NSOperation state machine, VecDeque of failure stamps, generation tag on the permit, verbose accessor helpers
//! A circuit breaker driven by an injected clock: see README.md.

use std::cell::Cell;
use std::collections::VecDeque;
use std::rc::Rc;

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
    /// Which closed/half-open episode handed this permit out.
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


/// The internal phase of the breaker, like the states of an NSOperation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Closed,
    Open { openedAt: u64 },
    HalfOpenTrialInFlight,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: Phase,
    recentFailureTimes: VecDeque<u64>,
    currentGeneration: u64,
}

#[allow(non_snake_case)]
impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config,
            clock,
            phase: Phase::Closed,
            recentFailureTimes: VecDeque::new(),
            currentGeneration: 0,
        }
    }

    fn effectiveThreshold(&self) -> usize {
        self.config.failure_threshold.max(1) as usize
    }

    fn coolDownHasElapsedSince(&self, openedAt: u64) -> bool {
        self.clock.now_ms().saturating_sub(openedAt) >= self.config.cool_down_ms
    }

    fn transitionToOpen(&mut self) {
        self.phase = Phase::Open { openedAt: self.clock.now_ms() };
        self.recentFailureTimes.clear();
        self.currentGeneration += 1;
    }

    fn transitionToClosed(&mut self) {
        self.phase = Phase::Closed;
        self.recentFailureTimes.clear();
        self.currentGeneration += 1;
    }

    /// `Open` turns into `HalfOpen` as soon as the cool-down has passed (even before the trial).
    pub fn state(&self) -> State {
        match self.phase {
            Phase::Closed => State::Closed,
            Phase::Open { openedAt } => {
                if self.coolDownHasElapsedSince(openedAt) {
                    State::HalfOpen
                } else {
                    State::Open
                }
            }
            Phase::HalfOpenTrialInFlight => State::HalfOpen,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.phase {
            Phase::Closed => Ok(Permit { trial: false, generation: self.currentGeneration }),
            Phase::Open { openedAt } => {
                if self.coolDownHasElapsedSince(openedAt) {
                    self.phase = Phase::HalfOpenTrialInFlight;
                    self.currentGeneration += 1;
                    Ok(Permit { trial: true, generation: self.currentGeneration })
                } else {
                    Err(Rejected)
                }
            }
            Phase::HalfOpenTrialInFlight => Err(Rejected),
        }
    }

    fn permitIsCurrent(&self, permit: &Permit) -> bool {
        permit.generation == self.currentGeneration
    }

    pub fn on_success(&mut self, permit: Permit) {
        if !self.permitIsCurrent(&permit) {
            return;
        }
        if permit.trial && self.phase == Phase::HalfOpenTrialInFlight {
            self.transitionToClosed();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if !self.permitIsCurrent(&permit) {
            return;
        }
        match self.phase {
            Phase::HalfOpenTrialInFlight if permit.trial => self.transitionToOpen(),
            Phase::Closed if !permit.trial => {
                let now = self.clock.now_ms();
                while let Some(&oldest) = self.recentFailureTimes.front() {
                    if now - oldest > self.config.window_ms {
                        self.recentFailureTimes.pop_front();
                    } else {
                        break;
                    }
                }
                self.recentFailureTimes.push_back(now);
                if self.recentFailureTimes.len() >= self.effectiveThreshold() {
                    self.transitionToOpen();
                }
            }
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|_| CallError::Open)?;
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
