// learner: optimal
// idiom: defensive auditor: hand-rolled Vec<u64> + head index queue with amortised compaction, Result-returning internal helpers, if-heavy early returns
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

/// Failure timestamps in arrival order: `buf[head..]` are live.
struct FailureLog {
    buf: Vec<u64>,
    head: usize,
}

impl FailureLog {
    fn new() -> Self {
        FailureLog { buf: Vec::new(), head: 0 }
    }

    fn live(&self) -> usize {
        self.buf.len().saturating_sub(self.head)
    }

    fn oldest(&self) -> Option<u64> {
        self.buf.get(self.head).copied()
    }

    fn drop_oldest(&mut self) {
        if self.head < self.buf.len() {
            self.head = self.head.saturating_add(1);
        }
        // Compact once the dead prefix is at least half of the buffer: amortised O(1).
        if self.head > 0 && self.head.saturating_mul(2) >= self.buf.len() {
            self.buf.drain(..self.head);
            self.head = 0;
        }
    }

    fn push(&mut self, t: u64) {
        self.buf.push(t);
    }

    fn clear(&mut self) {
        self.buf.clear();
        self.head = 0;
    }
}

#[derive(Debug)]
enum Illegal {
    NotClosed,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    closed: bool,
    trial_in_flight: bool,
    opened_at: u64,
    log: FailureLog,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config,
            clock,
            closed: true,
            trial_in_flight: false,
            opened_at: 0,
            log: FailureLog::new(),
        }
    }

    fn cool_down_over(&self, now: u64) -> bool {
        let elapsed = match now.checked_sub(self.opened_at) {
            Some(e) => e,
            None => return false,
        };
        elapsed >= self.config.cool_down_ms
    }

    fn trip(&mut self, now: u64) {
        self.closed = false;
        self.trial_in_flight = false;
        self.opened_at = now;
        self.log.clear();
    }

    fn record_closed_failure(&mut self, now: u64) -> Result<(), Illegal> {
        if !self.closed {
            return Err(Illegal::NotClosed);
        }
        while let Some(oldest) = self.log.oldest() {
            let age = now.saturating_sub(oldest);
            if age <= self.config.window_ms {
                break;
            }
            self.log.drop_oldest();
        }
        self.log.push(now);
        let threshold = u64::from(self.config.failure_threshold.max(1));
        let count = u64::try_from(self.log.live()).unwrap_or(u64::MAX);
        if count >= threshold {
            self.trip(now);
        }
        Ok(())
    }

    pub fn state(&self) -> State {
        if self.closed {
            return State::Closed;
        }
        if self.trial_in_flight {
            return State::HalfOpen;
        }
        if self.cool_down_over(self.clock.now_ms()) {
            return State::HalfOpen;
        }
        State::Open
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.closed {
            return Ok(Permit { trial: false });
        }
        if self.trial_in_flight {
            return Err(Rejected);
        }
        if !self.cool_down_over(self.clock.now_ms()) {
            return Err(Rejected);
        }
        self.trial_in_flight = true;
        Ok(Permit { trial: true })
    }

    pub fn on_success(&mut self, permit: Permit) {
        if !permit.trial || !self.trial_in_flight || self.closed {
            return;
        }
        self.closed = true;
        self.trial_in_flight = false;
        self.log.clear();
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.trial_in_flight && !self.closed {
                self.trip(now);
            }
            return;
        }
        // A normal permit that reports after the breaker opened is stale: ignore it.
        if let Err(Illegal::NotClosed) = self.record_closed_failure(now) {
            return;
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(_) => return Err(CallError::Open),
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
