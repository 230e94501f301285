// learner: optimal
// idiom: a ReScript web developer: Option-valued fields instead of a state enum (`openedAt`, `trial`), failures capped at the threshold in a VecDeque, small pure helper fns and combinators (`map_or`, `then`, `ok_or`)
//! A circuit breaker driven by an injected clock: see README.md.

use std::collections::VecDeque;
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError<E> {
    Open,
    Failed(E),
}

#[must_use = "report the outcome with on_success or on_failure"]
#[derive(Debug, PartialEq, Eq)]
pub struct Permit {
    trial: bool,
    ticket: u64,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    // None = closed; Some(t) = opened at t
    opened_at: Option<u64>,
    // Some(ticket) while the trial call is out
    trial: Option<u64>,
    // never holds more than `threshold` timestamps
    recent: VecDeque<u64>,
    // closed-phase permits carry the ticket of the phase they were issued in
    ticket: u64,
}

fn expired(now: u64, window: u64) -> impl Fn(&u64) -> bool {
    move |t| now - *t > window
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        Self { config, clock, opened_at: None, trial: None, recent: VecDeque::new(), ticket: 0 }
    }

    fn limit(&self) -> usize {
        self.config.failure_threshold.max(1) as usize
    }

    fn cooling(&self, since: u64) -> bool {
        self.clock.now_ms() - since < self.config.cool_down_ms
    }

    fn open(&mut self) {
        self.opened_at = Some(self.clock.now_ms());
        self.trial = None;
        self.recent.clear();
        self.ticket += 1;
    }

    fn close(&mut self) {
        self.opened_at = None;
        self.trial = None;
        self.recent.clear();
        self.ticket += 1;
    }

    pub fn state(&self) -> State {
        match (self.opened_at, self.trial) {
            (None, _) => State::Closed,
            (Some(_), Some(_)) => State::HalfOpen,
            (Some(since), None) => {
                if self.cooling(since) { State::Open } else { State::HalfOpen }
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let ticket = self.ticket;
        match (self.opened_at, self.trial) {
            (None, _) => Ok(Permit { trial: false, ticket }),
            (Some(since), None) => (!self.cooling(since))
                .then(|| {
                    self.trial = Some(ticket);
                    Permit { trial: true, ticket }
                })
                .ok_or(Rejected),
            (Some(_), Some(_)) => Err(Rejected),
        }
    }

    fn is_current_trial(&self, permit: &Permit) -> bool {
        permit.trial && self.trial.map_or(false, |t| t == permit.ticket)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if self.is_current_trial(&permit) {
            self.close();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if self.is_current_trial(&permit) {
            return self.open();
        }
        let counts = self.opened_at.is_none() && !permit.trial && permit.ticket == self.ticket;
        if !counts {
            return;
        }
        let now = self.clock.now_ms();
        let is_old = expired(now, self.config.window_ms);
        while self.recent.front().map_or(false, &is_old) {
            self.recent.pop_front();
        }
        self.recent.push_back(now);
        if self.recent.len() > self.limit() {
            self.recent.pop_front();
        }
        if self.recent.len() >= self.limit() {
            self.open();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|Rejected| CallError::Open)?;
        let result = f();
        match &result {
            Ok(_) => self.on_success(permit),
            Err(_) => self.on_failure(permit),
        }
        result.map_err(CallError::Failed)
    }
}
