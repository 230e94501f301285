// learner: optimal
// idiom: Julia-HPC style: Vec buffer with a moving head index (lo..hi window), amortised compaction, integer phase codes
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

// Phase codes (Julia-style integer constants instead of an enum).
const CLOSED: u8 = 1;
const OPEN: u8 = 2;
const HALF: u8 = 3;

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: u8,
    opened_at: u64,
    // Failure timestamps live in buf[lo..buf.len()]; in Julia terms buf[lo+1:end].
    buf: Vec<u64>,
    lo: usize,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        // preallocate a modest buffer; it grows only if the window holds more
        let cap = (config.failure_threshold as usize).clamp(1, 64);
        CircuitBreaker { config, clock, phase: CLOSED, opened_at: 0, buf: Vec::with_capacity(cap), lo: 0 }
    }

    pub fn state(&self) -> State {
        if self.phase == CLOSED {
            return State::Closed;
        }
        if self.phase == HALF {
            return State::HalfOpen;
        }
        let now = self.clock.now_ms();
        if now - self.opened_at >= self.config.cool_down_ms {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.phase == CLOSED {
            return Ok(Permit { trial: false });
        }
        if self.phase == OPEN && self.clock.now_ms() - self.opened_at >= self.config.cool_down_ms {
            self.phase = HALF;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.phase == HALF {
            self.phase = CLOSED;
            self.buf.clear();
            self.lo = 0;
        }
    }

    fn trip(&mut self, now: u64) {
        self.phase = OPEN;
        self.opened_at = now;
        self.buf.clear();
        self.lo = 0;
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.phase == HALF {
                self.trip(now);
            }
            return;
        }
        if self.phase != CLOSED {
            return;
        }
        self.buf.push(now);
        let hi = self.buf.len();
        // advance the head past expired entries: each index is passed once
        let mut i = self.lo;
        while i < hi && now - self.buf[i] > self.config.window_ms {
            i += 1;
        }
        self.lo = i;
        let live = hi - self.lo;
        let need = self.config.failure_threshold.max(1) as usize;
        if live >= need {
            self.trip(now);
            return;
        }
        // compact when the dead prefix dominates: amortised O(1) per push
        if self.lo > 32 && self.lo * 2 > hi {
            self.buf.copy_within(self.lo..hi, 0);
            self.buf.truncate(live);
            self.lo = 0;
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(Rejected) => return Err(CallError::Open),
        };
        let out = f();
        if out.is_ok() {
            self.on_success(permit);
        } else {
            self.on_failure(permit);
        }
        out.map_err(CallError::Failed)
    }
}
