// learner: optimal
// idiom: a Modula-2 teacher: a flat record of fields with a mode enumeration, a hand-rolled circular buffer (head index + count) for the failure times, WHILE-style loops, one procedure per concern
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
    pub failure_threshold: u32,
    pub window_ms: u64,
    pub cool_down_ms: u64,
}

/// What the breaker looks like from outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Closed,
    Open,
    HalfOpen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rejected;

/// Permission to make one call. Hand it back with `on_success` or `on_failure`.
#[must_use = "report the outcome with on_success or on_failure"]
#[derive(Debug, PartialEq, Eq)]
pub struct Permit {
    /// Whether this is the half-open trial call.
    trial: bool,
    /// The value of `generation` when the permit was handed out.
    generation: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError<E> {
    Open,
    Failed(E),
}

/* The three modes the breaker can be in internally. */
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Closed,
    Open,
    TrialInFlight,
}

/* TimeQueue: a circular buffer of failure times, oldest at `head`.
   It only grows when it is full, so every operation is O(1) amortised. */
struct TimeQueue {
    slots: Vec<u64>,
    head: usize,
    count: usize,
}

impl TimeQueue {
    fn new() -> TimeQueue {
        TimeQueue { slots: Vec::new(), head: 0, count: 0 }
    }

    fn clear(&mut self) {
        self.head = 0;
        self.count = 0;
    }

    fn oldest(&self) -> u64 {
        self.slots[self.head]
    }

    fn remove_oldest(&mut self) {
        self.head = (self.head + 1) % self.slots.len();
        self.count = self.count - 1;
    }

    fn append(&mut self, t: u64) {
        if self.count == self.slots.len() {
            self.grow();
        }
        let tail = (self.head + self.count) % self.slots.len();
        self.slots[tail] = t;
        self.count = self.count + 1;
    }

    /* Doubles the capacity, copying the times in order to the front. */
    fn grow(&mut self) {
        let mut capacity = self.slots.len() * 2;
        if capacity == 0 {
            capacity = 4;
        }
        let mut bigger: Vec<u64> = vec![0; capacity];
        let mut i = 0;
        while i < self.count {
            bigger[i] = self.slots[(self.head + i) % self.slots.len()];
            i = i + 1;
        }
        self.slots = bigger;
        self.head = 0;
    }
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    mode: Mode,
    opened_at: u64,
    failures: TimeQueue,
    generation: u64,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker {
            config: config,
            clock: clock,
            mode: Mode::Closed,
            opened_at: 0,
            failures: TimeQueue::new(),
            generation: 0,
        }
    }

    /* Moves to a new mode; permits of the previous mode become stale. */
    fn change_mode(&mut self, new_mode: Mode) {
        self.mode = new_mode;
        self.generation = self.generation + 1;
    }

    fn open_now(&mut self) {
        self.opened_at = self.clock.now_ms();
        self.failures.clear();
        self.change_mode(Mode::Open);
    }

    fn cool_down_over(&self) -> bool {
        let now = self.clock.now_ms();
        now - self.opened_at >= self.config.cool_down_ms
    }

    pub fn state(&self) -> State {
        if self.mode == Mode::Closed {
            State::Closed
        } else if self.mode == Mode::TrialInFlight {
            State::HalfOpen
        } else if self.cool_down_over() {
            State::HalfOpen
        } else {
            State::Open
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.mode == Mode::Closed {
            return Ok(Permit { trial: false, generation: self.generation });
        }
        if self.mode == Mode::Open && self.cool_down_over() {
            self.change_mode(Mode::TrialInFlight);
            return Ok(Permit { trial: true, generation: self.generation });
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.generation != self.generation {
            return; /* stale */
        }
        if self.mode == Mode::TrialInFlight && permit.trial {
            self.failures.clear();
            self.change_mode(Mode::Closed);
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        if permit.generation != self.generation {
            return; /* stale */
        }
        if self.mode == Mode::TrialInFlight {
            if permit.trial {
                self.open_now();
            }
            return;
        }
        if self.mode != Mode::Closed {
            return;
        }
        let now = self.clock.now_ms();
        self.failures.append(now);
        while self.failures.count > 0 && now - self.failures.oldest() > self.config.window_ms {
            self.failures.remove_oldest();
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
            Err(Rejected) => return Err(CallError::Open),
        };
        let outcome = f();
        match outcome {
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
