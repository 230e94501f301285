// learner: optimal
// idiom: PostScript: a hand-made ring buffer (array + start index + count, like `put`/`get` with a modulo), grown by doubling only when full
// why: each failure is written once and expired once, growth is amortised: O(1) amortised on_failure, O(1) try_acquire/state
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

/// A ring of timestamps: slots, where the oldest sits, how many are live.
struct Ring {
    slots: Vec<u64>,
    start: usize,
    count: usize,
}

impl Ring {
    fn new() -> Ring {
        Ring { slots: vec![0; 4], start: 0, count: 0 }
    }
    fn clear(&mut self) {
        self.start = 0;
        self.count = 0;
    }
    /// copy into an array twice the size, oldest first
    fn grow(&mut self) {
        let cap = self.slots.len();
        let mut bigger = vec![0u64; cap * 2];
        for k in 0..self.count {
            bigger[k] = self.slots[(self.start + k) % cap];
        }
        self.slots = bigger;
        self.start = 0;
    }
    fn push(&mut self, t: u64) {
        if self.count == self.slots.len() {
            self.grow();
        }
        let cap = self.slots.len();
        self.slots[(self.start + self.count) % cap] = t;
        self.count += 1;
    }
    fn oldest(&self) -> Option<u64> {
        if self.count == 0 { None } else { Some(self.slots[self.start]) }
    }
    fn drop_oldest(&mut self) {
        self.start = (self.start + 1) % self.slots.len();
        self.count -= 1;
    }
}

// modes as small integers, the way a PostScript program keeps a /mode in a dict
const CLOSED: u8 = 0;
const OPEN: u8 = 1;
const HALF: u8 = 2;

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: u8,
    opened_at: u64,
    ring: Ring,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, mode: CLOSED, opened_at: 0, ring: Ring::new() }
    }

    fn threshold(&self) -> usize {
        self.config.failure_threshold.max(1) as usize
    }

    fn cool_down_over(&self) -> bool {
        self.clock.now_ms() - self.opened_at >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        if self.mode == CLOSED {
            State::Closed
        } else if self.mode == HALF {
            State::HalfOpen
        } else if self.cool_down_over() {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.mode == CLOSED {
            return Ok(Permit { trial: false });
        }
        if self.mode == OPEN && self.cool_down_over() {
            self.mode = HALF;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if self.mode == HALF && permit.trial {
            self.mode = CLOSED;
            self.ring.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if self.mode == HALF && permit.trial {
            self.mode = OPEN;
            self.opened_at = now;
            self.ring.clear();
            return;
        }
        if self.mode != CLOSED || permit.trial {
            return; // stale
        }
        self.ring.push(now);
        loop {
            match self.ring.oldest() {
                Some(t) if now - t > self.config.window_ms => self.ring.drop_oldest(),
                _ => break,
            }
        }
        if self.ring.count >= self.threshold() {
            self.mode = OPEN;
            self.opened_at = now;
            self.ring.clear();
        }
    }

    /// Runs `f` under the breaker: `Err(CallError::Open)` without calling it when refused.
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
