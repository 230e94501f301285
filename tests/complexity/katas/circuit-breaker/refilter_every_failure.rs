// learner: slow
// idiom: a Modula-2 teacher: an explicit mode variable and a plain Vec of failure times that is re-filtered from scratch with an index loop after each failure
// why: on_failure is O(w) per call (w = failures in the window: the whole Vec is copied and filtered every time), O(n^2) over a storm, vs the O(1) amortised target; it also allocates O(w) extra space per call
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
    issued_in_round: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError<E> {
    Open,
    Failed(E),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Closed,
    Open,
    Trial,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: Mode,
    opened_at: u64,
    failure_times: Vec<u64>,
    round: u64,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config: config,
            clock: clock,
            mode: Mode::Closed,
            opened_at: 0,
            failure_times: Vec::new(),
            round: 0,
        }
    }

    fn set_mode(&mut self, m: Mode) {
        self.mode = m;
        self.round = self.round + 1;
    }

    fn cool_down_over(&self) -> bool {
        self.clock.now_ms() - self.opened_at >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        match self.mode {
            Mode::Closed => State::Closed,
            Mode::Trial => State::HalfOpen,
            Mode::Open => {
                if self.cool_down_over() {
                    State::HalfOpen
                } else {
                    State::Open
                }
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.mode {
            Mode::Closed => Ok(Permit { trial: false, issued_in_round: self.round }),
            Mode::Open => {
                if self.cool_down_over() {
                    self.set_mode(Mode::Trial);
                    Ok(Permit { trial: true, issued_in_round: self.round })
                } else {
                    Err(Rejected)
                }
            }
            Mode::Trial => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.issued_in_round == self.round && self.mode == Mode::Trial && permit.trial {
            self.failure_times = Vec::new();
            self.set_mode(Mode::Closed);
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.issued_in_round != self.round {
            return;
        }
        let now = self.clock.now_ms();
        if self.mode == Mode::Trial && permit.trial {
            self.opened_at = now;
            self.set_mode(Mode::Open);
            return;
        }
        if self.mode != Mode::Closed {
            return;
        }
        self.failure_times.push(now);
        /* keep only the failures that are still inside the window */
        let mut kept: Vec<u64> = Vec::new();
        let mut i = 0;
        while i < self.failure_times.len() {
            if now - self.failure_times[i] <= self.config.window_ms {
                kept.push(self.failure_times[i]);
            }
            i = i + 1;
        }
        self.failure_times = kept;
        let mut threshold = self.config.failure_threshold as usize;
        if threshold == 0 {
            threshold = 1;
        }
        if self.failure_times.len() >= threshold {
            self.failure_times = Vec::new();
            self.opened_at = now;
            self.set_mode(Mode::Open);
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
