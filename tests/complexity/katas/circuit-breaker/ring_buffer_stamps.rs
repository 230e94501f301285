// learner: optimal
// idiom: CUDA GPU programmer: fixed-capacity ring buffer of timestamps in a flat Vec<u64> with head/count indices, u8 state codes, branchy-but-flat integer logic
//! A circuit breaker driven by an injected clock: see README.md.

use std::cell::Cell;
use std::rc::Rc;

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
    /// Which closed/half-open episode handed this permit out.
    generation: u64,
}

/// The result of [`CircuitBreaker::call`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError<E> {
    /// The breaker refused; the function was not called.
    Open,
    /// The function was called and failed.
    Failed(E),
}


const ST_CLOSED: u8 = 0;
const ST_OPEN: u8 = 1;
const ST_TRIAL: u8 = 2;

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    st: u8,
    opened_at: u64,
    epoch: u64,
    // ring buffer of failure stamps, grown by doubling up to the threshold
    ring: Vec<u64>,
    limit: usize,
    head: usize,
    count: usize,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        let limit = config.failure_threshold.max(1) as usize;
        CircuitBreaker {
            config,
            clock,
            st: ST_CLOSED,
            opened_at: 0,
            epoch: 0,
            ring: Vec::new(),
            limit,
            head: 0,
            count: 0,
        }
    }

    pub fn state(&self) -> State {
        match self.st {
            ST_CLOSED => State::Closed,
            ST_TRIAL => State::HalfOpen,
            _ => {
                if self.clock.now_ms() - self.opened_at >= self.config.cool_down_ms {
                    State::HalfOpen
                } else {
                    State::Open
                }
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.st == ST_CLOSED {
            return Ok(Permit { trial: false, generation: self.epoch });
        }
        if self.st == ST_OPEN && self.clock.now_ms() - self.opened_at >= self.config.cool_down_ms {
            self.st = ST_TRIAL;
            self.epoch += 1;
            return Ok(Permit { trial: true, generation: self.epoch });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.generation != self.epoch || !permit.trial || self.st != ST_TRIAL {
            return;
        }
        self.st = ST_CLOSED;
        self.head = 0;
        self.count = 0;
        self.epoch += 1;
    }

    fn trip(&mut self, now: u64) {
        self.st = ST_OPEN;
        self.opened_at = now;
        self.head = 0;
        self.count = 0;
        self.epoch += 1;
    }

    // double the ring (like a realloc of a device buffer), unrolling it so head = 0
    fn grow(&mut self) {
        let old = self.ring.len();
        let new_cap = (old * 2).max(8).min(self.limit);
        let mut next = vec![0u64; new_cap];
        for i in 0..self.count {
            next[i] = self.ring[(self.head + i) % old];
        }
        self.ring = next;
        self.head = 0;
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.generation != self.epoch {
            return;
        }
        let now = self.clock.now_ms();
        if self.st == ST_TRIAL {
            if permit.trial {
                self.trip(now);
            }
            return;
        }
        if self.st != ST_CLOSED || permit.trial {
            return;
        }
        // expire from the tail of the ring (oldest first)
        while self.count > 0 && now - self.ring[self.head] > self.config.window_ms {
            self.head = (self.head + 1) % self.ring.len();
            self.count -= 1;
        }
        if self.count == self.ring.len() {
            self.grow();
        }
        let cap = self.ring.len();
        let slot = (self.head + self.count) % cap;
        self.ring[slot] = now;
        self.count += 1;
        if self.count >= self.limit {
            self.trip(now);
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let p = match self.try_acquire() {
            Ok(p) => p,
            Err(_) => return Err(CallError::Open),
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
