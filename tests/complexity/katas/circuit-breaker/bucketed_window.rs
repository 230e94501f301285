// learner: optimal
// idiom: VecDeque<(u64, u32)> of per-millisecond buckets (same-ms failures coalesced) with a running total, builder-style BreakerCore with Option<u64> opened_at
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

#[derive(Default)]
struct BucketedWindow {
    buckets: VecDeque<(u64, u32)>,
    total: u64,
}

impl BucketedWindow {
    fn add(&mut self, at: u64) {
        match self.buckets.back_mut() {
            Some((t, count)) if *t == at => *count += 1,
            _ => self.buckets.push_back((at, 1)),
        }
        self.total += 1;
    }

    fn expire_older_than(&mut self, now: u64, window: u64) {
        while let Some(&(t, count)) = self.buckets.front() {
            if now - t <= window {
                break;
            }
            self.buckets.pop_front();
            self.total -= u64::from(count);
        }
    }

    fn reset(&mut self) {
        self.buckets.clear();
        self.total = 0;
    }
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    opened_at: Option<u64>,
    trial_in_flight: bool,
    window: BucketedWindow,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, opened_at: None, trial_in_flight: false, window: BucketedWindow::default() }
    }

    fn now(&self) -> u64 {
        self.clock.now_ms()
    }

    fn ready_for_trial(&self) -> bool {
        match self.opened_at {
            Some(at) => self.now() - at >= self.config.cool_down_ms,
            None => false,
        }
    }

    fn trip(&mut self, at: u64) {
        self.opened_at = Some(at);
        self.trial_in_flight = false;
        self.window.reset();
    }

    pub fn state(&self) -> State {
        if self.trial_in_flight || self.ready_for_trial() {
            State::HalfOpen
        } else if self.opened_at.is_some() {
            State::Open
        } else {
            State::Closed
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.opened_at.is_none() {
            return Ok(Permit { trial: false });
        }
        if self.trial_in_flight || !self.ready_for_trial() {
            return Err(Rejected);
        }
        self.trial_in_flight = true;
        Ok(Permit { trial: true })
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_in_flight {
            self.trial_in_flight = false;
            self.opened_at = None;
            self.window.reset();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.now();
        if permit.trial {
            if self.trial_in_flight {
                self.trip(now);
            }
            return;
        }
        if self.opened_at.is_some() {
            return;
        }
        self.window.add(now);
        self.window.expire_older_than(now, self.config.window_ms);
        if self.window.total >= u64::from(self.config.failure_threshold.max(1)) {
            self.trip(now);
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|Rejected| CallError::Open)?;
        f().map(|value| {
            self.on_success(Permit { trial: permit.trial });
            value
        })
        .map_err(|error| {
            self.on_failure(Permit { trial: permit.trial });
            CallError::Failed(error)
        })
    }
}
