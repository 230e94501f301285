// learner: optimal
// idiom: C-style: tagged state with a u8 code, VecDeque popped in a loop-with-break, explicit if/else ladders
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

const ST_CLOSED: u8 = 0;
const ST_OPEN: u8 = 1;
const ST_TRIAL: u8 = 2;

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    st: u8,
    since: u64,
    fails: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, st: ST_CLOSED, since: 0, fails: VecDeque::new() }
    }

    pub fn state(&self) -> State {
        if self.st == ST_CLOSED {
            State::Closed
        } else if self.st == ST_TRIAL {
            State::HalfOpen
        } else if self.clock.now_ms() - self.since >= self.config.cool_down_ms {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.st == ST_CLOSED {
            return Ok(Permit { trial: false });
        }
        if self.st == ST_OPEN && self.clock.now_ms() - self.since >= self.config.cool_down_ms {
            self.st = ST_TRIAL;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.st == ST_TRIAL {
            self.st = ST_CLOSED;
            self.fails.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.st == ST_TRIAL {
                self.st = ST_OPEN;
                self.since = now;
            }
            return;
        }
        if self.st != ST_CLOSED {
            return;
        }
        self.fails.push_back(now);
        loop {
            let t = match self.fails.front() {
                Some(t) => *t,
                None => break,
            };
            if now - t <= self.config.window_ms {
                break;
            }
            self.fails.pop_front();
        }
        let mut need = self.config.failure_threshold as usize;
        if need == 0 {
            need = 1;
        }
        if self.fails.len() >= need {
            self.st = ST_OPEN;
            self.since = now;
            self.fails.clear();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(_) => return Err(CallError::Open),
        };
        let r = f();
        if r.is_ok() {
            self.on_success(permit);
        } else {
            self.on_failure(permit);
        }
        r.map_err(CallError::Failed)
    }
}
