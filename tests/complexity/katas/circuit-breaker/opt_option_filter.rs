// learner: optimal
// idiom: enum state, VecDeque expiry from the front, Option::filter for the cool-down check in state()
//! A circuit breaker driven by an injected clock: see README.md.

use std::cell::Cell;
use std::collections::VecDeque;
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inner {
    Closed,
    Open { since: u64 },
    /// A trial call is in flight.
    HalfOpen,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    inner: Inner,
    /// Times of the recent failures while closed, oldest first.
    failures: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, inner: Inner::Closed, failures: VecDeque::new() }
    }

    fn cooled_down(&self, since: u64, now: u64) -> bool {
        now.saturating_sub(since) >= self.config.cool_down_ms
    }

    /// `Open` turns into `HalfOpen` as soon as the cool-down has passed (even before the trial).
    pub fn state(&self) -> State {
        let now = self.clock.now_ms();
        match self.inner {
            Inner::Closed => State::Closed,
            Inner::HalfOpen => State::HalfOpen,
            Inner::Open { since } => Some(since)
                .filter(|&s| self.cooled_down(s, now))
                .map_or(State::Open, |_| State::HalfOpen),
        }
    }

    /// Closed: always a permit. Open: rejected until the cool-down has passed, then exactly one
    /// trial permit. While the trial is in flight every other request is rejected. O(1).
    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.inner {
            Inner::Closed => Ok(Permit { trial: false }),
            Inner::Open { since } if self.cooled_down(since, self.clock.now_ms()) => {
                self.inner = Inner::HalfOpen;
                Ok(Permit { trial: true })
            }
            Inner::Open { .. } | Inner::HalfOpen => Err(Rejected),
        }
    }

    /// A successful trial closes the breaker with a clean slate. Other successes change nothing.
    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.inner == Inner::HalfOpen {
            self.inner = Inner::Closed;
            self.failures.clear();
        }
    }

    /// A failed trial re-opens the breaker. A failure while closed is recorded, failures older
    /// than the window are forgotten, and reaching the threshold opens the breaker.
    /// Outcomes of permits issued before the breaker opened are ignored. O(1) amortised.
    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        match self.inner {
            Inner::HalfOpen if permit.trial => self.inner = Inner::Open { since: now },
            Inner::Closed if !permit.trial => {
                self.failures.push_back(now);
                while let Some(&oldest) = self.failures.front() {
                    if now.saturating_sub(oldest) > self.config.window_ms {
                        self.failures.pop_front();
                    } else {
                        break;
                    }
                }
                if self.failures.len() as u64 >= u64::from(self.config.failure_threshold.max(1)) {
                    self.inner = Inner::Open { since: now };
                    self.failures.clear();
                }
            }
            _ => {}
        }
    }

    /// Runs `f` under the breaker: `Err(CallError::Open)` without calling it when refused.
    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|Rejected| CallError::Open)?;
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
