// learner: optimal
// idiom: embedded C: failure queue as two Vec<u64> stacks (inbox/outbox, amortised transfer), u8 mode constants, while loops with manual bounds
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

const CLOSED: u8 = 0;
const OPEN: u8 = 1;
const TRIAL: u8 = 2;

/// FIFO made of two stacks: push onto `inbox`, pop from `outbox`, refilling it by reversal.
struct TwoStack {
    inbox: Vec<u64>,
    outbox: Vec<u64>,
}

impl TwoStack {
    fn push(&mut self, t: u64) {
        self.inbox.push(t);
    }
    fn oldest(&mut self) -> Option<u64> {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
        self.outbox.last().copied()
    }
    fn drop_oldest(&mut self) {
        self.outbox.pop();
    }
    fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }
    fn clear(&mut self) {
        self.inbox.clear();
        self.outbox.clear();
    }
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: u8,
    since: u64,
    q: TwoStack,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, mode: CLOSED, since: 0, q: TwoStack { inbox: Vec::new(), outbox: Vec::new() } }
    }

    pub fn state(&self) -> State {
        if self.mode == CLOSED {
            State::Closed
        } else if self.mode == TRIAL {
            State::HalfOpen
        } else if self.clock.now_ms() - self.since >= self.config.cool_down_ms {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.mode == CLOSED {
            return Ok(Permit { trial: false });
        }
        if self.mode == OPEN && self.clock.now_ms() - self.since >= self.config.cool_down_ms {
            self.mode = TRIAL;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.mode == TRIAL {
            self.mode = CLOSED;
            self.q.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.mode == TRIAL {
                self.mode = OPEN;
                self.since = now;
            }
            return;
        }
        if self.mode != CLOSED {
            return;
        }
        self.q.push(now);
        let window = self.config.window_ms;
        while let Some(t) = self.q.oldest() {
            if now - t <= window {
                break;
            }
            self.q.drop_oldest();
        }
        let mut limit = self.config.failure_threshold as usize;
        if limit == 0 {
            limit = 1;
        }
        if self.q.len() >= limit {
            self.mode = OPEN;
            self.since = now;
            self.q.clear();
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
