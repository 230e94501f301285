// learner: optimal
// idiom: Ada/SPARK safety engineer: flat record of mode + opened_at + trial flag, permits stamped with an epoch so stale outcomes are rejected by an explicit guard, expiry loop with a stated amortisation argument
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
    /// Whether this is the half-open trial call.
    trial: bool,
    /// The breaker epoch in which the permit was issued (bumped on every opening).
    epoch: u64,
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
enum Mode {
    Closed,
    Open,
    TrialInFlight,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: Mode,
    /// Valid when mode /= Closed: the instant the breaker last opened.
    opened_at: u64,
    /// Incremented on every transition to Open; permits of older epochs are stale.
    epoch: u64,
    /// Invariant: sorted ascending, length < effective threshold, all within the window
    /// as of the last failure. Empty unless mode = Closed.
    recent_failures: VecDeque<u64>,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config,
            clock,
            mode: Mode::Closed,
            opened_at: 0,
            epoch: 0,
            recent_failures: VecDeque::new(),
        }
    }

    fn effective_threshold(&self) -> usize {
        if self.config.failure_threshold == 0 { 1 } else { self.config.failure_threshold as usize }
    }

    fn cool_down_elapsed(&self, now: u64) -> bool {
        // Precondition: now >= opened_at (the clock never goes backwards).
        now - self.opened_at >= self.config.cool_down_ms
    }

    fn open(&mut self, now: u64) {
        self.mode = Mode::Open;
        self.opened_at = now;
        self.epoch += 1;
        self.recent_failures.clear();
    }

    pub fn state(&self) -> State {
        match self.mode {
            Mode::Closed => State::Closed,
            Mode::TrialInFlight => State::HalfOpen,
            Mode::Open => {
                if self.cool_down_elapsed(self.clock.now_ms()) { State::HalfOpen } else { State::Open }
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        match self.mode {
            Mode::Closed => Ok(Permit { trial: false, epoch: self.epoch }),
            Mode::TrialInFlight => Err(Rejected),
            Mode::Open => {
                if self.cool_down_elapsed(self.clock.now_ms()) {
                    self.mode = Mode::TrialInFlight;
                    Ok(Permit { trial: true, epoch: self.epoch })
                } else {
                    Err(Rejected)
                }
            }
        }
    }

    fn is_current(&self, permit: &Permit) -> bool {
        permit.epoch == self.epoch
    }

    pub fn on_success(&mut self, permit: Permit) {
        if !self.is_current(&permit) {
            return;
        }
        if permit.trial && self.mode == Mode::TrialInFlight {
            self.mode = Mode::Closed;
            self.recent_failures.clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if !self.is_current(&permit) {
            return;
        }
        let now = self.clock.now_ms();
        match (self.mode, permit.trial) {
            (Mode::TrialInFlight, true) => self.open(now),
            (Mode::Closed, false) => {
                // Amortised O(1): each timestamp is pushed once and popped at most once.
                while let Some(&oldest) = self.recent_failures.front() {
                    if now - oldest > self.config.window_ms {
                        self.recent_failures.pop_front();
                    } else {
                        break;
                    }
                }
                self.recent_failures.push_back(now);
                if self.recent_failures.len() >= self.effective_threshold() {
                    self.open(now);
                }
            }
            _ => {}
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
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
