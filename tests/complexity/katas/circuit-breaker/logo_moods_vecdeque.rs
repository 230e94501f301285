// learner: optimal
// idiom: logo teacher: enum moods with data + VecDeque of failure times, small named procedures
// why: failures arrive in time order so expiry is pop_front at the front, each popped once: O(1) amortised; state/try_acquire are a match and a clock read, O(1)
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

// The breaker is always in exactly one of three "moods", like the turtle is
// either pen-up or pen-down. Each mood carries the data it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BreakerMood {
    // Calls flow normally; we remember recent failures in the deque.
    ClosedAndCounting,
    // Calls are refused; we remember WHEN we opened.
    OpenSince { opened_at_ms: u64 },
    // One trial call is out there; everyone else waits.
    HalfOpenTrialInFlight,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    // Which mood the breaker is in right now.
    mood: BreakerMood,
    // The times of the recent failures, oldest at the front, newest at the back.
    recent_failure_times: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config,
            clock,
            mood: BreakerMood::ClosedAndCounting,
            recent_failure_times: VecDeque::new(),
        }
    }

    // Small procedure: a threshold of 0 behaves like 1.
    fn how_many_failures_open_the_breaker(&self) -> usize {
        if self.config.failure_threshold == 0 {
            1
        } else {
            self.config.failure_threshold as usize
        }
    }

    // Small procedure: has the cool-down finished for a breaker opened at `opened_at_ms`?
    fn cool_down_is_over(&self, opened_at_ms: u64, now_ms: u64) -> bool {
        now_ms - opened_at_ms >= self.config.cool_down_ms
    }

    // Small procedure: forget the failures that are too old.
    // They arrived in time order, so the old ones are always at the FRONT.
    // We stop at the first failure that is still young enough.
    fn forget_failures_older_than_the_window(&mut self, now_ms: u64) {
        while let Some(&oldest_failure_time) = self.recent_failure_times.front() {
            if now_ms - oldest_failure_time > self.config.window_ms {
                self.recent_failure_times.pop_front();
            } else {
                break;
            }
        }
    }

    // Small procedure: switch to open, starting the cool-down now.
    fn open_the_breaker(&mut self, now_ms: u64) {
        self.mood = BreakerMood::OpenSince { opened_at_ms: now_ms };
        self.recent_failure_times.clear();
    }

    /// `Open` turns into `HalfOpen` as soon as the cool-down has passed (even before the trial).
    pub fn state(&self) -> State {
        match self.mood {
            BreakerMood::ClosedAndCounting => State::Closed,
            BreakerMood::HalfOpenTrialInFlight => State::HalfOpen,
            BreakerMood::OpenSince { opened_at_ms } => {
                // Step 1: look at the clock.
                let now_ms = self.clock.now_ms();
                // Step 2: if the cool-down is over, we already look half-open.
                if self.cool_down_is_over(opened_at_ms, now_ms) {
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
        match self.mood {
            BreakerMood::ClosedAndCounting => Ok(Permit { trial: false }),
            BreakerMood::HalfOpenTrialInFlight => Err(Rejected),
            BreakerMood::OpenSince { opened_at_ms } => {
                let now_ms = self.clock.now_ms();
                if self.cool_down_is_over(opened_at_ms, now_ms) {
                    // The first caller after the cool-down becomes the trial.
                    self.mood = BreakerMood::HalfOpenTrialInFlight;
                    Ok(Permit { trial: true })
                } else {
                    Err(Rejected)
                }
            }
        }
    }

    /// A successful trial closes the breaker with a clean slate. Other successes change nothing.
    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.mood == BreakerMood::HalfOpenTrialInFlight {
            self.mood = BreakerMood::ClosedAndCounting;
            self.recent_failure_times.clear();
        }
    }

    /// A failed trial re-opens the breaker. A failure while closed is recorded, failures older
    /// than the window are forgotten, and reaching the threshold opens the breaker.
    /// Outcomes of permits issued before the breaker opened are ignored. O(1) amortised.
    pub fn on_failure(&mut self, permit: Permit) {
        let now_ms = self.clock.now_ms();
        if permit.trial {
            // Only the trial may decide a half-open breaker.
            if self.mood == BreakerMood::HalfOpenTrialInFlight {
                self.open_the_breaker(now_ms);
            }
            return;
        }
        if self.mood != BreakerMood::ClosedAndCounting {
            // A stale permit from before the breaker opened: ignore it.
            return;
        }
        // Step 1: remember this failure at the back.
        self.recent_failure_times.push_back(now_ms);
        // Step 2: forget the ones that fell out of the window.
        self.forget_failures_older_than_the_window(now_ms);
        // Step 3: too many? Then open.
        if self.recent_failure_times.len() >= self.how_many_failures_open_the_breaker() {
            self.open_the_breaker(now_ms);
        }
    }

    /// Runs `f` under the breaker: `Err(CallError::Open)` without calling it when refused.
    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(permit) => permit,
            Err(Rejected) => return Err(CallError::Open),
        };
        match f() {
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
