// learner: optimal
// idiom: VecDeque<u64> of failure times, state as a u8 code plus `since`, if-heavy early returns
//! A circuit breaker driven by an injected clock: see README.md.

use std::cell::Cell;
use std::rc::Rc;

/// Where the breaker gets the time from. Tests drive it by hand.
pub trait Clock {
    /// Milliseconds since some fixed start; never decreases.
    fn now_ms(&self) -> u64;
}

/// A clock the tests move by hand. Clones share the same time.
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

/// Tuning of a breaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// This many failures within `window_ms` open the breaker (0 behaves like 1).
    pub failure_threshold: u32,
    /// A failure counts while `now - its time <= window_ms`.
    pub window_ms: u64,
    /// How long the breaker stays open before it lets one trial call through.
    pub cool_down_ms: u64,
}

/// What the breaker looks like from outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Closed,
    Open,
    HalfOpen,
}

/// `try_acquire` refused: the breaker is open, or a trial call is already in flight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rejected;

/// Permission to make one call. Hand it back with `on_success` or `on_failure`.
#[must_use = "report the outcome with on_success or on_failure"]
#[derive(Debug, PartialEq, Eq)]
pub struct Permit {
    /// Whether this is the half-open trial call.
    trial: bool,
}

/// The result of [`CircuitBreaker::call`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError<E> {
    /// The breaker refused; the function was not called.
    Open,
    /// The function was called and failed.
    Failed(E),
}

use std::collections::VecDeque;

const CL: u8 = 0;
const OP: u8 = 1;
const HO: u8 = 2;

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    st: u8,
    since: u64,
    q: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, st: CL, since: 0, q: VecDeque::new() }
    }

    fn cooled(&self, now: u64) -> bool {
        now - self.since >= self.config.cool_down_ms
    }

    fn open(&mut self, now: u64) {
        self.st = OP;
        self.since = now;
        self.q.clear();
    }

    /// `Open` turns into `HalfOpen` as soon as the cool-down has passed (even before the trial).
    pub fn state(&self) -> State {
        if self.st == CL {
            return State::Closed;
        }
        if self.st == HO || self.cooled(self.clock.now_ms()) {
            return State::HalfOpen;
        }
        State::Open
    }

    /// Closed: always a permit. Open: rejected until the cool-down has passed, then exactly one
    /// trial permit. While the trial is in flight every other request is rejected. O(1).
    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.st == CL {
            return Ok(Permit { trial: false });
        }
        if self.st == OP && self.cooled(self.clock.now_ms()) {
            self.st = HO;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    /// A successful trial closes the breaker with a clean slate. Other successes change nothing.
    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.st == HO {
            self.st = CL;
            self.q.clear();
        }
    }

    /// A failed trial re-opens the breaker. A failure while closed is recorded, failures older
    /// than the window are forgotten, and reaching the threshold opens the breaker.
    /// Outcomes of permits issued before the breaker opened are ignored. O(1) amortised.
    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.st == HO {
                self.open(now);
            }
            return;
        }
        if self.st != CL {
            return;
        }
        self.q.push_back(now);
        while let Some(&t) = self.q.front() {
            if now - t > self.config.window_ms {
                self.q.pop_front();
            } else {
                break;
            }
        }
        let th = self.config.failure_threshold.max(1) as usize;
        if self.q.len() >= th {
            self.open(now);
        }
    }

    /// Runs `f` under the breaker: `Err(CallError::Open)` without calling it when refused.
    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let p = match self.try_acquire() {
            Ok(p) => p,
            Err(_) => return Err(CallError::Open),
        };
        match f() {
            Ok(v) => {
                self.on_success(p);
                Ok(v)
            }
            Err(e) => {
                self.on_failure(p);
                Err(CallError::Failed(e))
            }
        }
    }
}
