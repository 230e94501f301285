// learner: optimal
// idiom: Koka: pure `step(phase, event, now) -> phase` transition taking the phase by value (mem::replace), failures kept in a hand-rolled Okasaki two-list queue (front/back stacks)
//! A circuit breaker driven by an injected clock.
//!
//! Everything interesting is a pure function from (old phase, event) to the
//! new phase; the struct only owns the current phase and the clock.
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

/// Okasaki's batched queue: push onto `back`, pop from `front`, reverse
/// `back` into `front` only when `front` runs dry. Each timestamp moves
/// at most once, so everything is O(1) amortised.
#[derive(Debug, Default)]
struct Fifo {
    front: Vec<u64>, // oldest on top (at the end)
    back: Vec<u64>,  // newest on top
}

impl Fifo {
    fn snoc(mut self, t: u64) -> Fifo {
        self.back.push(t);
        self
    }

    fn len(&self) -> usize {
        self.front.len() + self.back.len()
    }

    fn normalise(mut self) -> Fifo {
        match (self.front.is_empty(), self.back.is_empty()) {
            (true, false) => {
                while let Some(t) = self.back.pop() {
                    self.front.push(t);
                }
                self
            }
            _ => self,
        }
    }

    fn head(&self) -> Option<u64> {
        self.front.last().copied()
    }

    fn tail(mut self) -> Fifo {
        self.front.pop();
        self.normalise()
    }

    /// Drop every timestamp older than the window (they are all at the head).
    fn expire(self, now: u64, window: u64) -> Fifo {
        let mut q = self.normalise();
        loop {
            match q.head() {
                Some(t) if now - t > window => q = q.tail(),
                _ => return q,
            }
        }
    }
}

#[derive(Debug)]
enum Phase {
    Closed(Fifo),
    Open(u64),
    HalfOpen,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Success { trial: bool },
    Failure { trial: bool },
}

fn limit(config: &Config) -> usize {
    match config.failure_threshold {
        0 => 1,
        n => n as usize,
    }
}

/// The whole state machine for reported outcomes.
fn step(phase: Phase, event: Event, now: u64, config: &Config) -> Phase {
    match (phase, event) {
        (Phase::HalfOpen, Event::Success { trial: true }) => Phase::Closed(Fifo::default()),
        (Phase::HalfOpen, Event::Failure { trial: true }) => Phase::Open(now),
        (Phase::Closed(q), Event::Failure { trial: false }) => {
            let q = q.snoc(now).expire(now, config.window_ms);
            match q.len() >= limit(config) {
                true => Phase::Open(now),
                false => Phase::Closed(q),
            }
        }
        // successes while closed, and every stale outcome: nothing happens
        (phase, _) => phase,
    }
}

fn observe(phase: &Phase, now: u64, config: &Config) -> State {
    match phase {
        Phase::Closed(_) => State::Closed,
        Phase::Open(since) => match now - since >= config.cool_down_ms {
            true => State::HalfOpen,
            false => State::Open,
        },
        Phase::HalfOpen => State::HalfOpen,
    }
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    phase: Phase,
}

impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        CircuitBreaker { config, clock, phase: Phase::Closed(Fifo::default()) }
    }

    pub fn state(&self) -> State {
        observe(&self.phase, self.clock.now_ms(), &self.config)
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        let now = self.clock.now_ms();
        match (&self.phase, observe(&self.phase, now, &self.config)) {
            (Phase::Closed(_), _) => Ok(Permit { trial: false }),
            (Phase::Open(_), State::HalfOpen) => {
                self.phase = Phase::HalfOpen;
                Ok(Permit { trial: true })
            }
            _ => Err(Rejected),
        }
    }

    pub fn on_success(&mut self, permit: Permit) {
        self.resume(Event::Success { trial: permit.trial });
    }

    pub fn on_failure(&mut self, permit: Permit) {
        self.resume(Event::Failure { trial: permit.trial });
    }

    fn resume(&mut self, event: Event) {
        let now = self.clock.now_ms();
        let old = std::mem::replace(&mut self.phase, Phase::HalfOpen);
        self.phase = step(old, event, now, &self.config);
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let permit = match self.try_acquire() {
            Ok(p) => p,
            Err(Rejected) => return Err(CallError::Open),
        };
        match f() {
            Ok(v) => {
                self.on_success(permit);
                Ok(v)
            }
            Err(e) => {
                self.on_failure(permit);
                Err(CallError::Failed(e))
            }
        }
    }
}
