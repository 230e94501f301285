// learner: optimal
// idiom: data-engineer: enum phase carrying data, VecDeque window trimmed with a while-let on front(), map_or/matches! one-liners
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

#[derive(Debug, Clone, Copy)]
enum Phase {
    Closed,
    Open { since: u64 },
    Trial,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: Phase,
    recent: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, phase: Phase::Closed, recent: VecDeque::new() }
    }

    fn cooled(&self, since: u64) -> bool {
        self.clock.now_ms().saturating_sub(since) >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        match self.phase {
            Phase::Closed => State::Closed,
            Phase::Trial => State::HalfOpen,
            Phase::Open { since } if self.cooled(since) => State::HalfOpen,
            Phase::Open { .. } => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.phase {
            Phase::Closed => Ok(Permit { trial: false }),
            Phase::Open { since } if self.cooled(since) => {
                self.phase = Phase::Trial;
                Ok(Permit { trial: true })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && matches!(self.phase, Phase::Trial) {
            self.phase = Phase::Closed;
            self.recent.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (permit.trial, self.phase) {
            (true, Phase::Trial) => self.phase = Phase::Open { since: now },
            (false, Phase::Closed) => {
                self.recent.push_back(now);
                let window = self.config.window_ms;
                while let Some(&oldest) = self.recent.front() {
                    if now - oldest > window {
                        self.recent.pop_front();
                    } else {
                        break;
                    }
                }
                let limit = self.config.failure_threshold.max(1) as usize;
                if self.recent.len() >= limit {
                    self.phase = Phase::Open { since: now };
                    self.recent.clear();
                }
            }
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|_| CallError::Open)?;
        let outcome = f();
        match &outcome {
            Ok(_) => self.on_success(permit),
            Err(_) => self.on_failure(permit),
        }
        outcome.map_err(CallError::Failed)
    }
}
