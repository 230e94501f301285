// learner: optimal
// idiom: GDScript-style: string-ish state constants as u8 fields, a hand-rolled growable ring buffer of timestamps (head/count), early returns everywhere
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

const CLOSED: u8 = 0;
const OPEN: u8 = 1;
const HALF_OPEN: u8 = 2;

struct Ring {
    buf: Vec<u64>,
    head: usize,
    count: usize,
}

impl Ring {
    fn new() -> Self {
        Ring { buf: Vec::new(), head: 0, count: 0 }
    }

    fn push(&mut self, value: u64) {
        if self.count == self.buf.len() {
            // grow: copy into a bigger buffer in order (amortised O(1))
            let new_cap = if self.buf.len() == 0 { 4 } else { self.buf.len() * 2 };
            let mut bigger = Vec::with_capacity(new_cap);
            for i in 0..self.count {
                bigger.push(self.buf[(self.head + i) % self.buf.len()]);
            }
            bigger.resize(new_cap, 0);
            self.buf = bigger;
            self.head = 0;
        }
        let tail = (self.head + self.count) % self.buf.len();
        self.buf[tail] = value;
        self.count += 1;
    }

    fn oldest(&self) -> Option<u64> {
        if self.count == 0 {
            return None;
        }
        Some(self.buf[self.head])
    }

    fn drop_oldest(&mut self) {
        if self.count == 0 {
            return;
        }
        self.head = (self.head + 1) % self.buf.len();
        self.count -= 1;
    }

    fn clear(&mut self) {
        self.head = 0;
        self.count = 0;
    }
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: u8,
    opened_at: u64,
    failures: Ring,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, mode: CLOSED, opened_at: 0, failures: Ring::new() }
    }

    pub fn state(&self) -> State {
        if self.mode == CLOSED {
            return State::Closed;
        }
        if self.mode == HALF_OPEN {
            return State::HalfOpen;
        }
        let waited = self.clock.now_ms() - self.opened_at;
        if waited >= self.config.cool_down_ms {
            return State::HalfOpen;
        }
        State::Open
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.mode == CLOSED {
            return Ok(Permit { trial: false });
        }
        if self.mode == HALF_OPEN {
            return Err(Rejected);
        }
        let waited = self.clock.now_ms() - self.opened_at;
        if waited < self.config.cool_down_ms {
            return Err(Rejected);
        }
        self.mode = HALF_OPEN;
        Ok(Permit { trial: true })
    }

    fn open_now(&mut self) {
        self.mode = OPEN;
        self.opened_at = self.clock.now_ms();
        self.failures.clear();
    }

    pub fn on_success(&mut self, permit: Permit) {
        if !permit.trial || self.mode != HALF_OPEN {
            return;
        }
        self.mode = CLOSED;
        self.failures.clear();
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.trial {
            if self.mode == HALF_OPEN {
                self.open_now();
            }
            return;
        }
        if self.mode != CLOSED {
            return; // stale
        }
        let now = self.clock.now_ms();
        self.failures.push(now);
        loop {
            let t = match self.failures.oldest() {
                Some(t) => t,
                None => break,
            };
            if now - t <= self.config.window_ms {
                break;
            }
            self.failures.drop_oldest();
        }
        let mut threshold = self.config.failure_threshold as usize;
        if threshold == 0 {
            threshold = 1;
        }
        if self.failures.count >= threshold {
            self.open_now();
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(_) => return Err(CallError::Open),
        };
        match f() {
            Ok(value) => {
                self.on_success(permit);
                Ok(value)
            }
            Err(e) => {
                self.on_failure(permit);
                Err(CallError::Failed(e))
            }
        }
    }
}
