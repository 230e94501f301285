// learner: optimal
// idiom: Julia-style: plain fields (mode code + opened_at), VecDeque ring of times, small `expire!`-like helper fns, while loops
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

const CLOSED: u8 = 0;
const OPEN: u8 = 1;
const TRIAL: u8 = 2;

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: u8,
    opened_at: u64,
    fails: std::collections::VecDeque<u64>,
}

fn threshold_of(cfg: &Config) -> usize {
    if cfg.failure_threshold == 0 { 1 } else { cfg.failure_threshold as usize }
}

fn cooled(cfg: &Config, opened_at: u64, now: u64) -> bool {
    now - opened_at >= cfg.cool_down_ms
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, mode: CLOSED, opened_at: 0, fails: std::collections::VecDeque::new() }
    }

    pub fn state(&self) -> State {
        let now = self.clock.now_ms();
        if self.mode == CLOSED {
            State::Closed
        } else if self.mode == TRIAL {
            State::HalfOpen
        } else if cooled(&self.config, self.opened_at, now) {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    fn open_now_bang(&mut self, now: u64) {
        self.mode = OPEN;
        self.opened_at = now;
        self.fails.clear();
    }

    fn expire_old_bang(&mut self, now: u64) {
        while let Some(&t) = self.fails.front() {
            if now - t > self.config.window_ms {
                self.fails.pop_front();
            } else {
                break;
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let now = self.clock.now_ms();
        if self.mode == CLOSED {
            return Ok(Permit { trial: false });
        }
        if self.mode == OPEN && cooled(&self.config, self.opened_at, now) {
            self.mode = TRIAL;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.mode == TRIAL {
            self.mode = CLOSED;
            self.fails.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.mode == TRIAL {
                self.open_now_bang(now);
            }
            return;
        }
        if self.mode != CLOSED {
            return;
        }
        self.fails.push_back(now);
        self.expire_old_bang(now);
        if self.fails.len() >= threshold_of(&self.config) {
            self.open_now_bang(now);
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
