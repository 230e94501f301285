// learner: optimal
// idiom: C-style: flag fields instead of an enum, hand-rolled Vec ring with a head index and occasional compaction, early returns
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

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    is_open: bool,
    opened_at: u64,
    trial_in_flight: bool,
    stamps: Vec<u64>,
    head: usize,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, is_open: false, opened_at: 0, trial_in_flight: false, stamps: Vec::new(), head: 0 }
    }

    fn threshold(&self) -> usize {
        if self.config.failure_threshold == 0 { 1 } else { self.config.failure_threshold as usize }
    }

    fn trip(&mut self, now: u64) {
        self.is_open = true;
        self.trial_in_flight = false;
        self.opened_at = now;
        self.stamps.clear();
        self.head = 0;
    }

    pub fn state(&self) -> State {
        if self.trial_in_flight {
            return State::HalfOpen;
        }
        if !self.is_open {
            return State::Closed;
        }
        if self.clock.now_ms() - self.opened_at >= self.config.cool_down_ms {
            return State::HalfOpen;
        }
        State::Open
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if !self.is_open {
            return Ok(Permit { trial: false });
        }
        if self.trial_in_flight {
            return Err(Rejected);
        }
        if self.clock.now_ms() - self.opened_at < self.config.cool_down_ms {
            return Err(Rejected);
        }
        self.trial_in_flight = true;
        Ok(Permit { trial: true })
    }

    pub fn on_success(&mut self, permit: Permit) {
        if !permit.trial || !self.trial_in_flight {
            return;
        }
        self.is_open = false;
        self.trial_in_flight = false;
        self.stamps.clear();
        self.head = 0;
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.trial_in_flight {
                self.trip(now);
            }
            return;
        }
        if self.is_open {
            return; // stale
        }
        self.stamps.push(now);
        while self.head < self.stamps.len() {
            if now - self.stamps[self.head] <= self.config.window_ms {
                break;
            }
            self.head += 1;
        }
        if self.stamps.len() - self.head >= self.threshold() {
            self.trip(now);
            return;
        }
        // compact the dead prefix once it is at least half the buffer
        if self.head > 64 && self.head * 2 >= self.stamps.len() {
            let live = self.stamps.len() - self.head;
            self.stamps.copy_within(self.head.., 0);
            self.stamps.truncate(live);
            self.head = 0;
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(Rejected) => return Err(CallError::Open),
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
