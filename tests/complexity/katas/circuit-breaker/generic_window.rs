// learner: optimal
// idiom: heavy generics/traits: a FailureWindow trait with a VecDeque impl, breaker generic over clock and window
//! A circuit breaker driven by an injected clock: see README.md.

use std::cell::Cell;
use std::rc::Rc;

pub trait Clock {
    fn now_ms(&self) -> u64;
}

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    pub failure_threshold: u32,
    pub window_ms: u64,
    pub cool_down_ms: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Closed,
    Open,
    HalfOpen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rejected;

#[must_use = "report the outcome with on_success or on_failure"]
#[derive(Debug, PartialEq, Eq)]
pub struct Permit {
    trial: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError<E> {
    Open,
    Failed(E),
}

use std::collections::VecDeque;

trait FailureWindow: Default {
    /// Records a failure at `now`, forgets those older than `window`, returns how many remain.
    fn record(&mut self, now: u64, window: u64) -> usize;
    fn reset(&mut self);
}

impl FailureWindow for VecDeque<u64> {
    fn record(&mut self, now: u64, window: u64) -> usize {
        self.push_back(now);
        while let Some(&oldest) = self.front() {
            if now - oldest > window {
                self.pop_front();
            } else {
                break;
            }
        }
        self.len()
    }

    fn reset(&mut self) {
        self.clear();
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Closed,
    Open { since: u64 },
    Trial,
}

struct Core<W: FailureWindow> {
    phase: Phase,
    failures: W,
}

impl<W: FailureWindow> Core<W> {
    fn new() -> Self {
        Core { phase: Phase::Closed, failures: W::default() }
    }

    fn cooled(since: u64, now: u64, cool: u64) -> bool {
        now.saturating_sub(since) >= cool
    }
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    core: Core<VecDeque<u64>>,
}

fn threshold_of(config: &Config) -> usize {
    config.failure_threshold.max(1) as usize
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, core: Core::new() }
    }

    pub fn state(&self) -> State {
        match self.core.phase {
            Phase::Closed => State::Closed,
            Phase::Trial => State::HalfOpen,
            Phase::Open { since } => {
                if Core::<VecDeque<u64>>::cooled(since, self.clock.now_ms(), self.config.cool_down_ms) {
                    State::HalfOpen
                } else {
                    State::Open
                }
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.core.phase {
            Phase::Closed => Ok(Permit { trial: false }),
            Phase::Trial => Err(Rejected),
            Phase::Open { since } => {
                if Core::<VecDeque<u64>>::cooled(since, self.clock.now_ms(), self.config.cool_down_ms) {
                    self.core.phase = Phase::Trial;
                    Ok(Permit { trial: true })
                } else {
                    Err(Rejected)
                }
            }
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.core.phase == Phase::Trial {
            self.core.phase = Phase::Closed;
            self.core.failures.reset();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (permit.trial, self.core.phase) {
            (true, Phase::Trial) => self.core.phase = Phase::Open { since: now },
            (false, Phase::Closed) => {
                let count = self.core.failures.record(now, self.config.window_ms);
                if count >= threshold_of(&self.config) {
                    self.core.phase = Phase::Open { since: now };
                    self.core.failures.reset();
                }
            }
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|_| CallError::Open)?;
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
