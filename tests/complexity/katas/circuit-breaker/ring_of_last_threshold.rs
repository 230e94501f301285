// learner: optimal
// idiom: ring buffer holding only the last max(threshold,1) failure times; opens when the oldest of them is inside the window — O(1) worst case per failure
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

/// The last `cap` failure times, oldest at `head`.
struct Ring {
    buf: Vec<u64>,
    head: usize,
    cap: usize,
}

impl Ring {
    fn new(cap: usize) -> Self {
        Ring { buf: Vec::new(), head: 0, cap }
    }

    fn push(&mut self, t: u64) {
        if self.buf.len() < self.cap {
            self.buf.push(t);
        } else {
            self.buf[self.head] = t;
            self.head = (self.head + 1) % self.cap;
        }
    }

    fn full(&self) -> bool {
        self.buf.len() == self.cap
    }

    fn oldest(&self) -> u64 {
        self.buf[self.head]
    }

    fn clear(&mut self) {
        self.buf.clear();
        self.head = 0;
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Closed,
    Open(u64),
    Trial,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: Mode,
    last: Ring,
    epoch: u64,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        let cap = config.failure_threshold.max(1) as usize;
        CircuitBreaker { config, clock, mode: Mode::Closed, last: Ring::new(cap), epoch: 0 }
    }

    fn trip(&mut self, now: u64) {
        self.mode = Mode::Open(now);
        self.last.clear();
        self.epoch += 1;
    }

    pub fn state(&self) -> State {
        match self.mode {
            Mode::Closed => State::Closed,
            Mode::Trial => State::HalfOpen,
            Mode::Open(s) if self.clock.now_ms() - s >= self.config.cool_down_ms => State::HalfOpen,
            Mode::Open(_) => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.state() {
            State::Closed => Ok(Permit { trial: false, epoch: self.epoch }),
            State::HalfOpen if self.mode != Mode::Trial => {
                self.mode = Mode::Trial;
                self.epoch += 1;
                Ok(Permit { trial: true, epoch: self.epoch })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.epoch == self.epoch && permit.trial && self.mode == Mode::Trial {
            self.mode = Mode::Closed;
            self.last.clear();
            self.epoch += 1;
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.epoch != self.epoch {
            return;
        }
        let now = self.clock.now_ms();
        match (self.mode, permit.trial) {
            (Mode::Trial, true) => self.trip(now),
            (Mode::Closed, false) => {
                self.last.push(now);
                if self.last.full() && now - self.last.oldest() <= self.config.window_ms {
                    self.trip(now);
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
