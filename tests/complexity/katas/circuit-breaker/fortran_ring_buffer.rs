// learner: optimal
// idiom: Fortran-style: hand-rolled growable ring buffer in a flat Vec<u64>, integer mode codes, explicit index arithmetic
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

const MODE_CLOSED: u8 = 0;
const MODE_OPEN: u8 = 1;
const MODE_HALF: u8 = 2;

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: u8,
    t_open: u64,
    // ring buffer of failure times: buf[(head + k) % cap] for k in 0..cnt
    buf: Vec<u64>,
    head: usize,
    cnt: usize,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config,
            clock,
            mode: MODE_CLOSED,
            t_open: 0,
            buf: vec![0u64; 8],
            head: 0,
            cnt: 0,
        }
    }

    pub fn state(&self) -> State {
        if self.mode == MODE_CLOSED {
            return State::Closed;
        }
        if self.mode == MODE_HALF {
            return State::HalfOpen;
        }
        let t = self.clock.now_ms();
        if t - self.t_open >= self.config.cool_down_ms {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.mode == MODE_CLOSED {
            return Ok(Permit { trial: false });
        }
        if self.mode == MODE_OPEN {
            let t = self.clock.now_ms();
            if t - self.t_open >= self.config.cool_down_ms {
                self.mode = MODE_HALF;
                return Ok(Permit { trial: true });
            }
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.mode == MODE_HALF {
            self.mode = MODE_CLOSED;
            self.head = 0;
            self.cnt = 0;
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let t = self.clock.now_ms();
        if permit.trial {
            if self.mode == MODE_HALF {
                self.mode = MODE_OPEN;
                self.t_open = t;
            }
            return;
        }
        if self.mode != MODE_CLOSED {
            return;
        }
        // append at the tail, doubling the ring when full
        let cap = self.buf.len();
        if self.cnt == cap {
            let mut nb = vec![0u64; 2 * cap];
            for k in 0..self.cnt {
                nb[k] = self.buf[(self.head + k) % cap];
            }
            self.buf = nb;
            self.head = 0;
        }
        let cap = self.buf.len();
        self.buf[(self.head + self.cnt) % cap] = t;
        self.cnt += 1;
        // drop the expired ones from the head
        while self.cnt > 0 && t - self.buf[self.head] > self.config.window_ms {
            self.head = (self.head + 1) % cap;
            self.cnt -= 1;
        }
        let mut thr = self.config.failure_threshold as usize;
        if thr == 0 {
            thr = 1;
        }
        if self.cnt >= thr {
            self.mode = MODE_OPEN;
            self.t_open = t;
            self.head = 0;
            self.cnt = 0;
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let p = match self.try_acquire() {
            Ok(p) => p,
            Err(_) => return Err(CallError::Open),
        };
        let r = f();
        match r {
            Ok(v) => {
                self.on_success(p);
                Ok(v)
            }
            Err(e) => {
                self.on_failure(p);
                Err(CallError::Failed(e))
            }
        }
    }
}
