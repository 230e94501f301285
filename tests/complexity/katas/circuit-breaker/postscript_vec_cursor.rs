// learner: optimal
// idiom: PostScript: a plain array with a "bottom" cursor instead of popping from the front; the dead prefix is cut off in one go when it is more than half the array
// why: the cursor only moves forward and compaction is paid for by the pushes since the last one: O(1) amortised on_failure, O(1) try_acquire/state
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

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    // the state "dictionary"
    open: bool,
    trial_out: bool,
    opened_at: u64,
    times: Vec<u64>,
    bottom: usize, // times[..bottom] are expired
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config,
            clock,
            open: false,
            trial_out: false,
            opened_at: 0,
            times: Vec::new(),
            bottom: 0,
        }
    }

    fn forget_all(&mut self) {
        self.times.clear();
        self.bottom = 0;
    }

    fn trip(&mut self, now: u64) {
        self.open = true;
        self.trial_out = false;
        self.opened_at = now;
        self.forget_all();
    }

    pub fn state(&self) -> State {
        if !self.open {
            return State::Closed;
        }
        if self.trial_out {
            return State::HalfOpen;
        }
        if self.clock.now_ms() - self.opened_at >= self.config.cool_down_ms {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if !self.open {
            return Ok(Permit { trial: false });
        }
        if self.trial_out {
            return Err(Rejected);
        }
        if self.clock.now_ms() - self.opened_at >= self.config.cool_down_ms {
            self.trial_out = true;
            Ok(Permit { trial: true })
        } else {
            Err(Rejected)
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        if self.open && self.trial_out && permit.trial {
            self.open = false;
            self.trial_out = false;
            self.forget_all();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if self.open {
            if self.trial_out && permit.trial {
                self.trip(now);
            }
            return;
        }
        if permit.trial {
            return;
        }
        self.times.push(now);
        while self.bottom < self.times.len() && now - self.times[self.bottom] > self.config.window_ms {
            self.bottom += 1;
        }
        let live = self.times.len() - self.bottom;
        let need = if self.config.failure_threshold == 0 { 1 } else { self.config.failure_threshold as usize };
        if live >= need {
            self.trip(now);
            return;
        }
        // compact once the dead part is the bigger half
        if self.bottom > 32 && self.bottom * 2 > self.times.len() {
            self.times.drain(..self.bottom);
            self.bottom = 0;
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
