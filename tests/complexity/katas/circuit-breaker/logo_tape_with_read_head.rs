// learner: optimal
// idiom: logo teacher: hand-rolled failure "tape" Vec with a moving read head, compacted when half dead; bool flags for open/trial
// why: each failure is pushed once, skipped by the head once, and cut by one amortised drain: O(1) amortised on_failure; state/try_acquire are flag checks, O(1)
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

// Instead of a ready-made deque, we keep a "tape" of failure times, like the
// turtle's trail: new failures are written at the end, and a reading head
// (`first_live_failure`) moves forward past the failures that got too old.
// When the dead part of the tape becomes larger than the live part, we cut it
// off once. Each failure is written once and cut once: O(1) amortised.
pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    // true while the breaker refuses calls (open or half-open).
    breaker_is_open: bool,
    // When the breaker opened (only meaningful while `breaker_is_open`).
    opened_at_ms: u64,
    // true after the trial permit was handed out and before it reported.
    trial_is_in_flight: bool,
    // The tape of failure times, oldest first.
    failure_tape: Vec<u64>,
    // Position of the oldest failure that still counts.
    first_live_failure: usize,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config,
            clock,
            breaker_is_open: false,
            opened_at_ms: 0,
            trial_is_in_flight: false,
            failure_tape: Vec::new(),
            first_live_failure: 0,
        }
    }

    fn threshold_as_count(&self) -> usize {
        // 0 behaves like 1.
        (self.config.failure_threshold as usize).max(1)
    }

    fn number_of_live_failures(&self) -> usize {
        self.failure_tape.len() - self.first_live_failure
    }

    fn wipe_the_tape(&mut self) {
        self.failure_tape.clear();
        self.first_live_failure = 0;
    }

    // Move the reading head forward past every failure older than the window.
    fn move_head_past_old_failures(&mut self, now_ms: u64) {
        while self.first_live_failure < self.failure_tape.len() {
            let failure_time = self.failure_tape[self.first_live_failure];
            if now_ms - failure_time <= self.config.window_ms {
                break; // this one and every later one still count
            }
            self.first_live_failure += 1;
        }
        // Cut off the dead part when it is at least half of the tape.
        if self.first_live_failure * 2 >= self.failure_tape.len() && self.first_live_failure > 0 {
            self.failure_tape.drain(..self.first_live_failure);
            self.first_live_failure = 0;
        }
    }

    fn cool_down_has_passed(&self) -> bool {
        self.clock.now_ms() - self.opened_at_ms >= self.config.cool_down_ms
    }

    fn trip_open_now(&mut self) {
        self.breaker_is_open = true;
        self.trial_is_in_flight = false;
        self.opened_at_ms = self.clock.now_ms();
        self.wipe_the_tape();
    }

    /// `Open` turns into `HalfOpen` as soon as the cool-down has passed (even before the trial).
    pub fn state(&self) -> State {
        if !self.breaker_is_open {
            return State::Closed;
        }
        if self.trial_is_in_flight || self.cool_down_has_passed() {
            return State::HalfOpen;
        }
        State::Open
    }

    /// Closed: always a permit. Open: rejected until the cool-down has passed, then exactly one
    /// trial permit. While the trial is in flight every other request is rejected. O(1).
    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if !self.breaker_is_open {
            return Ok(Permit { trial: false });
        }
        if self.trial_is_in_flight {
            return Err(Rejected);
        }
        if self.cool_down_has_passed() {
            self.trial_is_in_flight = true;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    /// A successful trial closes the breaker with a clean slate. Other successes change nothing.
    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_is_in_flight {
            self.breaker_is_open = false;
            self.trial_is_in_flight = false;
            self.wipe_the_tape();
        }
    }

    /// A failed trial re-opens the breaker. A failure while closed is recorded, failures older
    /// than the window are forgotten, and reaching the threshold opens the breaker.
    /// Outcomes of permits issued before the breaker opened are ignored. O(1) amortised.
    pub fn on_failure(&mut self, permit: Permit) {
        if permit.trial {
            if self.trial_is_in_flight {
                self.trip_open_now();
            }
            return;
        }
        if self.breaker_is_open {
            return; // stale: handed out before the breaker opened
        }
        let now_ms = self.clock.now_ms();
        self.failure_tape.push(now_ms);
        self.move_head_past_old_failures(now_ms);
        if self.number_of_live_failures() >= self.threshold_as_count() {
            self.trip_open_now();
        }
    }

    /// Runs `f` under the breaker: `Err(CallError::Open)` without calling it when refused.
    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let Ok(permit) = self.try_acquire() else {
            return Err(CallError::Open);
        };
        let outcome = f();
        if outcome.is_ok() {
            self.on_success(permit);
        } else {
            self.on_failure(permit);
        }
        outcome.map_err(CallError::Failed)
    }
}
