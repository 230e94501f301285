// learner: optimal
// idiom: hand-rolled Vec-backed ring buffer (head index + len, doubling growth), bools for state, match on tuples
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
    open: bool,
    trial_out: bool,
    since: u64,
    buf: Vec<u64>,
    h: usize,
    m: usize,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, open: false, trial_out: false, since: 0, buf: vec![0; 4], h: 0, m: 0 }
    }

    fn push(&mut self, t: u64) {
        let c = self.buf.len();
        if self.m == c {
            let mut nb = vec![0u64; c * 2];
            let mut k = 0;
            while k < self.m {
                nb[k] = self.buf[(self.h + k) % c];
                k += 1;
            }
            self.buf = nb;
            self.h = 0;
        }
        let c = self.buf.len();
        self.buf[(self.h + self.m) % c] = t;
        self.m += 1;
    }

    fn reset(&mut self) {
        self.h = 0;
        self.m = 0;
    }

    fn trip(&mut self, now: u64) {
        self.open = true;
        self.trial_out = false;
        self.since = now;
        self.reset();
    }

    /// `Open` turns into `HalfOpen` as soon as the cool-down has passed (even before the trial).
    pub fn state(&self) -> State {
        match (self.open, self.trial_out) {
            (false, _) => State::Closed,
            (true, true) => State::HalfOpen,
            (true, false) => {
                if self.clock.now_ms() - self.since >= self.config.cool_down_ms {
                    State::HalfOpen
                } else {
                    State::Open
                }
            }
        }
    }

    /// Closed: always a permit. Open: rejected until the cool-down has passed, then exactly one
    /// trial permit. While the trial is in flight every other request is rejected. O(1).
    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match (self.open, self.trial_out) {
            (false, _) => Ok(Permit { trial: false }),
            (true, true) => Err(Rejected),
            (true, false) => {
                if self.clock.now_ms() - self.since >= self.config.cool_down_ms {
                    self.trial_out = true;
                    Ok(Permit { trial: true })
                } else {
                    Err(Rejected)
                }
            }
        }
    }

    /// A successful trial closes the breaker with a clean slate. Other successes change nothing.
    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.open && self.trial_out {
            self.open = false;
            self.trial_out = false;
            self.reset();
        }
    }

    /// A failed trial re-opens the breaker. A failure while closed is recorded, failures older
    /// than the window are forgotten, and reaching the threshold opens the breaker.
    /// Outcomes of permits issued before the breaker opened are ignored. O(1) amortised.
    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match (permit.trial, self.open, self.trial_out) {
            (true, true, true) => self.trip(now),
            (false, false, _) => {
                self.push(now);
                let c = self.buf.len();
                while self.m > 0 && now - self.buf[self.h] > self.config.window_ms {
                    self.h = (self.h + 1) % c;
                    self.m -= 1;
                }
                if self.m >= self.config.failure_threshold.max(1) as usize {
                    self.trip(now);
                }
            }
            _ => {}
        }
    }

    /// Runs `f` under the breaker: `Err(CallError::Open)` without calling it when refused.
    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let p = match self.try_acquire() {
            Ok(p) => p,
            Err(Rejected) => return Err(CallError::Open),
        };
        let r = f();
        if r.is_ok() {
            self.on_success(p);
        } else {
            self.on_failure(p);
        }
        r.map_err(CallError::Failed)
    }
}
