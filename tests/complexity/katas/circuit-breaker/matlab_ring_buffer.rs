// learner: optimal
// idiom: MATLAB-style: numeric state codes, hand-rolled Vec ring buffer (head/count, doubling copy), index arithmetic modulo capacity
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

const ST_CLOSED: u8 = 1;
const ST_OPEN: u8 = 2;
const ST_TRIAL: u8 = 3;

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    st: u8,
    opened_at: u64,
    ring: Vec<u64>,
    head: usize,  // index of the oldest failure
    count: usize, // number of failures stored
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config,
            clock,
            st: ST_CLOSED,
            opened_at: 0,
            ring: vec![0; 8],
            head: 0,
            count: 0,
        }
    }

    fn ring_push(&mut self, t: u64) {
        let cap = self.ring.len();
        if self.count == cap {
            // grow: copy in order into a buffer twice as large
            let mut bigger = vec![0u64; 2 * cap];
            let mut k = 0;
            while k < self.count {
                bigger[k] = self.ring[(self.head + k) % cap];
                k += 1;
            }
            self.ring = bigger;
            self.head = 0;
        }
        let cap = self.ring.len();
        let tail = (self.head + self.count) % cap;
        self.ring[tail] = t;
        self.count += 1;
    }

    fn ring_clear(&mut self) {
        self.head = 0;
        self.count = 0;
    }

    fn open_at(&mut self, now: u64) {
        self.st = ST_OPEN;
        self.opened_at = now;
        self.ring_clear();
    }

    pub fn state(&self) -> State {
        if self.st == ST_CLOSED {
            State::Closed
        } else if self.st == ST_TRIAL {
            State::HalfOpen
        } else if self.clock.now_ms() - self.opened_at >= self.config.cool_down_ms {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.st == ST_CLOSED {
            return Ok(Permit { trial: false });
        }
        if self.st == ST_OPEN && self.clock.now_ms() - self.opened_at >= self.config.cool_down_ms {
            self.st = ST_TRIAL;
            return Ok(Permit { trial: true });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.st == ST_TRIAL {
            self.st = ST_CLOSED;
            self.ring_clear();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.clock.now_ms();
        if permit.trial {
            if self.st == ST_TRIAL {
                self.open_at(now);
            }
            return;
        }
        if self.st != ST_CLOSED {
            return;
        }
        self.ring_push(now);
        let cap = self.ring.len();
        while self.count > 0 && now - self.ring[self.head] > self.config.window_ms {
            self.head = (self.head + 1) % cap;
            self.count -= 1;
        }
        let mut limit = self.config.failure_threshold as usize;
        if limit < 1 {
            limit = 1;
        }
        if self.count >= limit {
            self.open_at(now);
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(_) => return Err(CallError::Open),
        };
        let r = f();
        if r.is_ok() {
            self.on_success(permit);
        } else {
            self.on_failure(permit);
        }
        r.map_err(CallError::Failed)
    }
}
