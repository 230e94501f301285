// learner: optimal
// idiom: index-heavy: Vec<u64> with a moving head index (lazy front deletion) compacted when half is dead, flags + timestamps instead of an enum
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
    /// failure timestamps; live ones are stamps[head..]
    stamps: Vec<u64>,
    head: usize,
    /// Some(t) while open (or half-open) since t
    open_since: Option<u64>,
    trial_in_flight: bool,
}

/// Advances `head` past every stamp in stamps[head..end] older than `now - window`.
fn expire_front(stamps: &[u64], head: usize, end: usize, now: u64, window: u64) -> usize {
    let mut h = head;
    while h < end && now - stamps[h] > window {
        h += 1;
    }
    h
}

/// Drops the dead prefix stamps[..head] when it is at least half of the buffer.
fn compact(stamps: &mut Vec<u64>, head: usize) -> usize {
    if head >= 64 && 2 * head >= stamps.len() {
        let live = stamps.len() - head;
        let mut k = 0usize;
        while k < live {
            stamps[k] = stamps[head + k];
            k += 1;
        }
        stamps.truncate(live);
        return 0;
    }
    head
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config,
            clock,
            stamps: Vec::new(),
            head: 0,
            open_since: None,
            trial_in_flight: false,
        }
    }

    fn cool_down_over(&self, t0: u64, now: u64) -> bool {
        now.saturating_sub(t0) >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        if self.trial_in_flight {
            return State::HalfOpen;
        }
        match self.open_since {
            None => State::Closed,
            Some(t0) if self.cool_down_over(t0, self.clock.now_ms()) => State::HalfOpen,
            Some(_) => State::Open,
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.trial_in_flight {
            return Err(Rejected);
        }
        let t0 = match self.open_since {
            None => return Ok(Permit { trial: false }),
            Some(t0) => t0,
        };
        if !self.cool_down_over(t0, self.clock.now_ms()) {
            return Err(Rejected);
        }
        self.trial_in_flight = true;
        Ok(Permit { trial: true })
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.trial_in_flight {
            self.trial_in_flight = false;
            self.open_since = None;
            self.stamps.clear();
            self.head = 0;
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.trial_in_flight {
                self.trial_in_flight = false;
                self.open_since = Some(now);
            }
            return;
        }
        if self.open_since.is_some() || self.trial_in_flight {
            return; // stale outcome of a permit from before the breaker opened
        }
        self.stamps.push(now);
        let end = self.stamps.len();
        self.head = expire_front(&self.stamps, self.head, end, now, self.config.window_ms);
        self.head = compact(&mut self.stamps, self.head);
        let live = self.stamps.len() - self.head;
        let need = (self.config.failure_threshold as usize).max(1);
        if live >= need {
            self.open_since = Some(now);
            self.stamps.clear();
            self.head = 0;
        }
    }

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
