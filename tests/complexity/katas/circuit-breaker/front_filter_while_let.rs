// learner: optimal
// idiom: while let Some(_) = self.failures.front().filter(..) { pop_front } — Option::filter on front(), each timestamp popped once: O(1) amortised
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inner {
    Closed,
    Open { since: u64 },
    HalfOpen,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    inner: Inner,
    failures: VecDeque<u64>,
    epoch: u64,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, inner: Inner::Closed, failures: VecDeque::new(), epoch: 0 }
    }

    fn open(&mut self, now: u64) {
        self.inner = Inner::Open { since: now };
        self.failures.clear();
        self.epoch += 1;
    }

    pub fn state(&self) -> State {
        match self.inner {
            Inner::Closed => State::Closed,
            Inner::HalfOpen => State::HalfOpen,
            Inner::Open { since } => {
                if self.clock.now_ms() - since >= self.config.cool_down_ms {
                    State::HalfOpen
                } else {
                    State::Open
                }
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.inner {
            Inner::Closed => Ok(Permit { trial: false, epoch: self.epoch }),
            Inner::HalfOpen => Err(Rejected),
            Inner::Open { since } => {
                if self.clock.now_ms() - since >= self.config.cool_down_ms {
                    self.inner = Inner::HalfOpen;
                    self.epoch += 1;
                    Ok(Permit { trial: true, epoch: self.epoch })
                } else {
                    Err(Rejected)
                }
            }
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && permit.epoch == self.epoch && self.inner == Inner::HalfOpen {
            self.inner = Inner::Closed;
            self.failures.clear();
            self.epoch += 1;
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.epoch != self.epoch {
            return;
        }
        let now = self.clock.now_ms();
        match self.inner {
            Inner::HalfOpen if permit.trial => self.open(now),
            Inner::Closed if !permit.trial => {
                let window = self.config.window_ms;
                while let Some(_) = self.failures.front().filter(|&&t| now - t > window) {
                    self.failures.pop_front();
                }
                self.failures.push_back(now);
                if self.failures.len() as u64 >= u64::from(self.config.failure_threshold.max(1)) {
                    self.open(now);
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
