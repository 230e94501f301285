// learner: slow
// idiom: logo teacher: keep every failure since closing and count the recent ones with a while loop each time
// why: misses on_failure O(1) amortised: each failure walks the whole list of failures since the last close, O(n) per call, O(n^2) over a storm
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

// The breaker remembers every failure since it last closed, and each time a
// new failure comes in we walk the whole list and count how many are recent.
pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    // Some(t) while open (or half-open), opened at time t.
    open_since_ms: Option<u64>,
    // true while the trial call is out.
    waiting_for_trial: bool,
    // All failure times since the breaker last closed.
    all_failure_times: Vec<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, open_since_ms: None, waiting_for_trial: false, all_failure_times: Vec::new() }
    }

    // Walk along the whole list and count the failures that are still in the window.
    fn count_recent_failures(&self, now_ms: u64) -> usize {
        let mut how_many_recent = 0;
        let mut position = 0;
        while position < self.all_failure_times.len() {
            let failure_time = self.all_failure_times[position];
            if now_ms - failure_time <= self.config.window_ms {
                how_many_recent += 1;
            }
            position += 1;
        }
        how_many_recent
    }

    fn cooled_down(&self, since_ms: u64) -> bool {
        self.clock.now_ms() - since_ms >= self.config.cool_down_ms
    }

    /// `Open` turns into `HalfOpen` as soon as the cool-down has passed (even before the trial).
    pub fn state(&self) -> State {
        match self.open_since_ms {
            None => State::Closed,
            Some(_) if self.waiting_for_trial => State::HalfOpen,
            Some(since_ms) if self.cooled_down(since_ms) => State::HalfOpen,
            Some(_) => State::Open,
        }
    }

    /// Closed: always a permit. Open: rejected until the cool-down has passed, then exactly one
    /// trial permit. While the trial is in flight every other request is rejected. O(1).
    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let Some(since_ms) = self.open_since_ms else {
            return Ok(Permit { trial: false });
        };
        if self.waiting_for_trial || !self.cooled_down(since_ms) {
            return Err(Rejected);
        }
        self.waiting_for_trial = true;
        Ok(Permit { trial: true })
    }

    /// A successful trial closes the breaker with a clean slate. Other successes change nothing.
    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.waiting_for_trial {
            self.open_since_ms = None;
            self.waiting_for_trial = false;
            self.all_failure_times = Vec::new();
        }
    }

    /// A failed trial re-opens the breaker. A failure while closed is recorded, failures older
    /// than the window are forgotten, and reaching the threshold opens the breaker.
    /// Outcomes of permits issued before the breaker opened are ignored. O(1) amortised.
    pub fn on_failure(&mut self, permit: Permit) {
        let now_ms = self.clock.now_ms();
        if permit.trial {
            if self.waiting_for_trial {
                self.open_since_ms = Some(now_ms);
                self.waiting_for_trial = false;
            }
            return;
        }
        if self.open_since_ms.is_some() {
            return;
        }
        self.all_failure_times.push(now_ms);
        let threshold = if self.config.failure_threshold == 0 { 1 } else { self.config.failure_threshold as usize };
        if self.count_recent_failures(now_ms) >= threshold {
            self.open_since_ms = Some(now_ms);
            self.all_failure_times = Vec::new();
        }
    }

    /// Runs `f` under the breaker: `Err(CallError::Open)` without calling it when refused.
    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(permit) => permit,
            Err(_) => return Err(CallError::Open),
        };
        let result = f();
        match result {
            Ok(value) => {
                self.on_success(permit);
                Ok(value)
            }
            Err(error) => {
                self.on_failure(permit);
                Err(CallError::Failed(error))
            }
        }
    }
}
