// learner: optimal
// idiom: VecDeque::remove(0) to expire the oldest failure — on a VecDeque that is O(1) (same as pop_front), each timestamp removed once
use std::cell::Cell;
use std::collections::VecDeque;
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
    epoch: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError<E> {
    Open,
    Failed(E),
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    opened_at: Option<u64>,
    trial_out: bool,
    recent: VecDeque<u64>,
    epoch: u64,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, opened_at: None, trial_out: false, recent: VecDeque::new(), epoch: 0 }
    }

    fn cooled_down(&self) -> bool {
        self.opened_at
            .filter(|&since| self.clock.now_ms() - since >= self.config.cool_down_ms)
            .is_some()
    }

    pub fn state(&self) -> State {
        if self.opened_at.is_none() {
            State::Closed
        } else if self.trial_out || self.cooled_down() {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.opened_at.is_none() {
            return Ok(Permit { trial: false, epoch: self.epoch });
        }
        if self.trial_out || !self.cooled_down() {
            return Err(Rejected);
        }
        self.trial_out = true;
        self.epoch += 1;
        Ok(Permit { trial: true, epoch: self.epoch })
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_out && permit.epoch == self.epoch {
            self.opened_at = None;
            self.trial_out = false;
            self.recent.clear();
            self.epoch += 1;
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.epoch != self.epoch {
            return;
        }
        let now = self.clock.now_ms();
        if permit.trial {
            if self.trial_out {
                self.trial_out = false;
                self.opened_at = Some(now);
                self.epoch += 1;
            }
            return;
        }
        if self.opened_at.is_some() {
            return;
        }
        while !self.recent.is_empty() && now - self.recent[0] > self.config.window_ms {
            self.recent.remove(0);
        }
        self.recent.push_back(now);
        let threshold = self.config.failure_threshold.max(1) as usize;
        if self.recent.len() >= threshold {
            self.recent.clear();
            self.opened_at = Some(now);
            self.epoch += 1;
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
