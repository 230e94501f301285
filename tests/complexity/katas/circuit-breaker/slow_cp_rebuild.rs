// learner: slow
// why: CircuitBreaker::on_failure is O(n) time, target O(1): rebuilds the in-window failure list with an index loop on every failure
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

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    st: u8, // 0 closed, 1 open, 2 half-open trial out
    s: u64,
    f: Vec<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, st: 0, s: 0, f: Vec::new() }
    }

    pub fn state(&self) -> State {
        let t = self.clock.now_ms();
        if self.st == 0 { State::Closed }
        else if self.st == 2 || t - self.s >= self.config.cool_down_ms { State::HalfOpen }
        else { State::Open }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let t = self.clock.now_ms();
        if self.st == 0 { return Ok(Permit { trial: false }); }
        if self.st == 1 && t - self.s >= self.config.cool_down_ms {
            self.st = 2;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, p: Permit) {
        if p.trial && self.st == 2 {
            self.st = 0;
            self.f.clear();
        }
    }

    pub fn on_failure(&mut self, p: Permit) {
        let t = self.clock.now_ms();
        if p.trial {
            if self.st == 2 { self.st = 1; self.s = t; }
            return;
        }
        if self.st != 0 { return; }
        self.f.push(t);
        let w = self.config.window_ms;
        let mut g = Vec::with_capacity(self.f.len());
        for i in 0..self.f.len() {
            if t - self.f[i] <= w { g.push(self.f[i]); }
        }
        self.f = g;
        let k = self.config.failure_threshold.max(1) as usize;
        if self.f.len() >= k {
            self.st = 1;
            self.s = t;
            self.f.clear();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let p = match self.try_acquire() { Ok(p) => p, Err(_) => return Err(CallError::Open) };
        match f() {
            Ok(v) => { self.on_success(p); Ok(v) }
            Err(e) => { self.on_failure(p); Err(CallError::Failed(e)) }
        }
    }
}
