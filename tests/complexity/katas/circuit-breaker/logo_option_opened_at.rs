// learner: optimal
// idiom: logo teacher: Option<opened_at> + trial flag, state() reused by try_acquire, VecDeque expired with loop/match on front
// why: expiry pops only expired failures from the front, each once: O(1) amortised on_failure; state/try_acquire do constant work
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

// The breaker is a little state machine. We give the three situations
// names and keep the "when did we open" time next to it as an Option.
pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    // None = closed. Some(t) = opened at time t (open, or half-open once cooled down).
    opened_at_ms: Option<u64>,
    // Has the one trial permit already been handed out?
    trial_permit_taken: bool,
    // Recent failure times, at most `threshold` of them.
    failure_times_in_window: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config,
            clock,
            opened_at_ms: None,
            trial_permit_taken: false,
            failure_times_in_window: VecDeque::new(),
        }
    }

    /// `Open` turns into `HalfOpen` as soon as the cool-down has passed (even before the trial).
    pub fn state(&self) -> State {
        let Some(opened_at_ms) = self.opened_at_ms else {
            return State::Closed;
        };
        let time_since_opening = self.clock.now_ms() - opened_at_ms;
        if self.trial_permit_taken || time_since_opening >= self.config.cool_down_ms {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    /// Closed: always a permit. Open: rejected until the cool-down has passed, then exactly one
    /// trial permit. While the trial is in flight every other request is rejected. O(1).
    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.state() {
            State::Closed => Ok(Permit { trial: false }),
            State::Open => Err(Rejected),
            State::HalfOpen => {
                if self.trial_permit_taken {
                    Err(Rejected)
                } else {
                    self.trial_permit_taken = true;
                    Ok(Permit { trial: true })
                }
            }
        }
    }

    /// A successful trial closes the breaker with a clean slate. Other successes change nothing.
    pub fn on_success(&mut self, permit: Permit) {
        let trial_is_deciding = permit.trial && self.trial_permit_taken;
        if trial_is_deciding {
            self.go_back_to_closed();
        }
    }

    /// A failed trial re-opens the breaker. A failure while closed is recorded, failures older
    /// than the window are forgotten, and reaching the threshold opens the breaker.
    /// Outcomes of permits issued before the breaker opened are ignored. O(1) amortised.
    pub fn on_failure(&mut self, permit: Permit) {
        let now_ms = self.clock.now_ms();
        match (permit.trial, self.opened_at_ms) {
            // The trial failed: open again for a whole cool-down.
            (true, Some(_)) if self.trial_permit_taken => self.open_again_at(now_ms),
            // A normal failure while closed: count it.
            (false, None) => self.count_one_more_failure(now_ms),
            // Anything else is a stale outcome.
            _ => {}
        }
    }

    fn go_back_to_closed(&mut self) {
        self.opened_at_ms = None;
        self.trial_permit_taken = false;
        self.failure_times_in_window.clear();
    }

    fn open_again_at(&mut self, now_ms: u64) {
        self.opened_at_ms = Some(now_ms);
        self.trial_permit_taken = false;
        self.failure_times_in_window.clear();
    }

    fn count_one_more_failure(&mut self, now_ms: u64) {
        // Step 1: drop the too-old failures from the front, one by one.
        loop {
            match self.failure_times_in_window.front() {
                Some(&oldest) if now_ms - oldest > self.config.window_ms => {
                    self.failure_times_in_window.pop_front();
                }
                _ => break,
            }
        }
        // Step 2: add the new failure at the back.
        self.failure_times_in_window.push_back(now_ms);
        // Step 3: compare with the threshold (0 counts as 1).
        let threshold = std::cmp::max(self.config.failure_threshold, 1) as usize;
        if self.failure_times_in_window.len() >= threshold {
            self.open_again_at(now_ms);
        }
    }

    /// Runs `f` under the breaker: `Err(CallError::Open)` without calling it when refused.
    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = self.try_acquire().map_err(|_| CallError::Open)?;
        let result = f();
        self.report_outcome(permit, result.is_ok());
        result.map_err(CallError::Failed)
    }

    fn report_outcome(&mut self, permit: Permit, it_worked: bool) {
        if it_worked {
            self.on_success(permit);
        } else {
            self.on_failure(permit);
        }
    }
}
