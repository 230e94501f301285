// learner: optimal
// idiom: ObjC-style: hand-rolled Vec-backed ring buffer class for failure timestamps, verbose mutable state fields, many small query methods, if-heavy
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
/// A fixed-capacity ring of timestamps (capacity = the threshold): the breaker never needs more.
struct FailureTimestampRing {
    storage: Vec<u64>,
    headIndex: usize,
    storedCount: usize,
}

#[allow(non_snake_case)]
impl FailureTimestampRing {
    fn initWithCapacity(capacity: usize) -> Self {
        FailureTimestampRing { storage: Vec::new(), headIndex: 0, storedCount: 0 }
            .withReservedCapacity(capacity)
    }

    fn withReservedCapacity(mut self, capacity: usize) -> Self {
        // grow lazily; a threshold of u32::MAX must not allocate 32 GB up front
        self.storage.reserve(capacity.min(1024));
        self.storage.clear();
        self.headIndex = 0;
        self.storedCount = 0;
        self
    }

    fn count(&self) -> usize {
        self.storedCount
    }

    fn oldestTimestamp(&self) -> Option<u64> {
        if self.storedCount == 0 {
            return None;
        }
        Some(self.storage[self.headIndex])
    }

    fn removeOldest(&mut self) {
        if self.storedCount == 0 {
            return;
        }
        self.headIndex = (self.headIndex + 1) % self.storage.len();
        self.storedCount -= 1;
    }

    fn appendTimestamp(&mut self, timestamp: u64) {
        if self.storedCount == self.storage.len() {
            self.growPreservingOrder();
        }
        let tailIndex = (self.headIndex + self.storedCount) % self.storage.len();
        self.storage[tailIndex] = timestamp;
        self.storedCount += 1;
    }

    /// Doubles the storage, unrolling the ring so the oldest sits at index 0 (amortised O(1)).
    fn growPreservingOrder(&mut self) {
        let oldCapacity = self.storage.len();
        let newCapacity = if oldCapacity == 0 { 4 } else { oldCapacity * 2 };
        self.storage.rotate_left(if oldCapacity == 0 { 0 } else { self.headIndex });
        self.storage.resize(newCapacity, 0);
        self.headIndex = 0;
    }

    fn removeAll(&mut self) {
        self.headIndex = 0;
        self.storedCount = 0;
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BreakerMode {
    Closed,
    OpenSince(u64),
    TrialInFlight,
}

pub struct CircuitBreaker<C: Clock> {
    config: Config,
    clock: C,
    currentMode: BreakerMode,
    recentFailures: FailureTimestampRing,
}

#[allow(non_snake_case)]
impl<C: Clock> CircuitBreaker<C> {
    pub fn new(config: Config, clock: C) -> Self {
        let effectiveThreshold = config.failure_threshold.max(1) as usize;
        CircuitBreaker {
            config,
            clock,
            currentMode: BreakerMode::Closed,
            recentFailures: FailureTimestampRing::initWithCapacity(effectiveThreshold),
        }
    }

    fn currentTime(&self) -> u64 {
        self.clock.now_ms()
    }

    fn effectiveFailureThreshold(&self) -> usize {
        self.config.failure_threshold.max(1) as usize
    }

    fn coolDownHasElapsedSince(&self, openedAt: u64) -> bool {
        self.currentTime() - openedAt >= self.config.cool_down_ms
    }

    fn forgetFailuresOutsideWindow(&mut self, now: u64) {
        while let Some(oldest) = self.recentFailures.oldestTimestamp() {
            if now - oldest > self.config.window_ms {
                self.recentFailures.removeOldest();
            } else {
                break;
            }
        }
    }

    fn tripOpenAt(&mut self, now: u64) {
        self.currentMode = BreakerMode::OpenSince(now);
        self.recentFailures.removeAll();
    }

    fn resetToClosed(&mut self) {
        self.currentMode = BreakerMode::Closed;
        self.recentFailures.removeAll();
    }

    pub fn state(&self) -> State {
        match self.currentMode {
            BreakerMode::Closed => State::Closed,
            BreakerMode::TrialInFlight => State::HalfOpen,
            BreakerMode::OpenSince(openedAt) => {
                if self.coolDownHasElapsedSince(openedAt) {
                    State::HalfOpen
                } else {
                    State::Open
                }
            }
        }
    }

    pub fn try_acquire(&mut self) -> Result<Permit, Rejected> {
        if self.currentMode == BreakerMode::Closed {
            return Ok(Permit { trial: false });
        }
        if let BreakerMode::OpenSince(openedAt) = self.currentMode {
            if self.coolDownHasElapsedSince(openedAt) {
                self.currentMode = BreakerMode::TrialInFlight;
                return Ok(Permit { trial: true });
            }
        }
        Err(Rejected)
    }

    pub fn on_success(&mut self, permit: Permit) {
        if permit.trial && self.currentMode == BreakerMode::TrialInFlight {
            self.resetToClosed();
        }
    }

    pub fn on_failure(&mut self, permit: Permit) {
        let now = self.currentTime();
        if permit.trial {
            if self.currentMode == BreakerMode::TrialInFlight {
                self.tripOpenAt(now);
            }
            return;
        }
        if self.currentMode != BreakerMode::Closed {
            return;
        }
        self.recentFailures.appendTimestamp(now);
        self.forgetFailuresOutsideWindow(now);
        if self.recentFailures.count() >= self.effectiveFailureThreshold() {
            self.tripOpenAt(now);
        }
    }

    pub fn call<T, E>(&mut self, f: impl FnOnce() -> Result<T, E>) -> Result<T, CallError<E>> {
        let grantedPermit = match self.try_acquire() {
            Ok(permit) => permit,
            Err(Rejected) => return Err(CallError::Open),
        };
        let outcome = f();
        match outcome {
            Ok(value) => {
                self.on_success(grantedPermit);
                Ok(value)
            }
            Err(error) => {
                self.on_failure(grantedPermit);
                Err(CallError::Failed(error))
            }
        }
    }
}
