// learner: optimal
// idiom: enterprise: Slot enum state machine (Fresh/Loading), Flight struct with FlightState enum + Condvar, LoadGuard whose Drop publishes or abandons, Expiry newtype, many small private helpers
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// A source of "now", in whatever unit the TTL uses (say, milliseconds).
pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

/// A clock that only moves when told to. Tests use it instead of real time.
/// (Provided: you do not need to change it.)
#[derive(Debug, Default)]
pub struct ManualClock {
    now: AtomicU64,
}

impl ManualClock {
    /// A clock that reads `start`.
    pub fn new(start: u64) -> Self {
        ManualClock { now: AtomicU64::new(start) }
    }

    /// Moves the clock forward by `by` units.
    pub fn advance(&self, by: u64) {
        self.now.fetch_add(by, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> u64 {
        self.now.load(Ordering::SeqCst)
    }
}

/// Lets a shared clock (`Arc<ManualClock>`) be handed to the cache while the
/// test keeps a handle to advance it.
impl<C: Clock + ?Sized> Clock for Arc<C> {
    fn now(&self) -> u64 {
        (**self).now()
    }
}
use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// The clock reading at which an entry stops being fresh.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Expiry(u64);

impl Expiry {
    fn after(loaded_at: u64, ttl: u64) -> Self {
        Expiry(loaded_at.saturating_add(ttl))
    }

    fn is_fresh_at(self, now: u64) -> bool {
        now < self.0
    }
}

/// Outcome of one in-flight load.
#[derive(Debug)]
enum FlightState<V> {
    Pending,
    Done(V),
    Abandoned,
}

/// A load in progress that other callers can wait for.
#[derive(Debug)]
struct Flight<V> {
    state: Mutex<FlightState<V>>,
    settled: Condvar,
}

impl<V: Clone> Flight<V> {
    fn new() -> Self {
        Flight { state: Mutex::new(FlightState::Pending), settled: Condvar::new() }
    }

    fn settle(&self, outcome: FlightState<V>) {
        *lock(&self.state) = outcome;
        self.settled.notify_all();
    }

    /// Blocks until the flight settles; `None` if the loader panicked.
    fn wait(&self) -> Option<V> {
        let guard = lock(&self.state);
        let guard = self
            .settled
            .wait_while(guard, |s| matches!(s, FlightState::Pending))
            .unwrap_or_else(PoisonError::into_inner);
        match &*guard {
            FlightState::Done(v) => Some(v.clone()),
            _ => None,
        }
    }
}

/// What the map holds for a key.
enum Slot<V> {
    Fresh { value: V, expiry: Expiry },
    Loading(Arc<Flight<V>>),
}

/// What a caller should do after looking at the map.
enum Plan<V> {
    Serve(V),
    Wait(Arc<Flight<V>>),
    Load(Arc<Flight<V>>),
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

/// Finishes a load: on success stores the value, on unwind removes the
/// Loading slot and wakes waiters so that one of them retries.
struct LoadGuard<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> {
    cache: &'a StampedeCache<K, V, C>,
    key: &'a K,
    flight: Arc<Flight<V>>,
    completed: bool,
}

impl<K: Eq + Hash + Clone, V: Clone, C: Clock> LoadGuard<'_, K, V, C> {
    fn complete(mut self, value: V) -> V {
        let expiry = Expiry::after(self.cache.clock.now(), self.cache.ttl);
        self.cache.replace_own_flight(self.key, &self.flight, Some(Slot::Fresh { value: value.clone(), expiry }));
        self.flight.settle(FlightState::Done(value.clone()));
        self.completed = true;
        value
    }
}

impl<K: Eq + Hash + Clone, V: Clone, C: Clock> Drop for LoadGuard<'_, K, V, C> {
    fn drop(&mut self) {
        if !self.completed {
            self.cache.replace_own_flight(self.key, &self.flight, None);
            self.flight.settle(FlightState::Abandoned);
        }
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    /// An empty cache.
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, slots: Mutex::new(HashMap::new()) }
    }

    fn fresh_value(&self, slot: &Slot<V>, now: u64) -> Option<V> {
        match slot {
            Slot::Fresh { value, expiry } if expiry.is_fresh_at(now) => Some(value.clone()),
            _ => None,
        }
    }

    /// Replaces the slot of `key` only if it is still our own Loading slot.
    fn replace_own_flight(&self, key: &K, flight: &Arc<Flight<V>>, with: Option<Slot<V>>) {
        let mut slots = lock(&self.slots);
        let ours = matches!(slots.get(key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, flight));
        if !ours {
            return;
        }
        match with {
            Some(slot) if self.ttl > 0 => {
                slots.insert(key.clone(), slot);
            }
            _ => {
                slots.remove(key);
            }
        }
    }

    fn plan(&self, key: &K) -> Plan<V> {
        let mut slots = lock(&self.slots);
        let now = self.clock.now();
        match slots.get(key) {
            Some(Slot::Loading(flight)) => return Plan::Wait(Arc::clone(flight)),
            Some(slot) => {
                if let Some(value) = self.fresh_value(slot, now) {
                    return Plan::Serve(value);
                }
            }
            None => {}
        }
        let flight = Arc::new(Flight::new());
        slots.insert(key.clone(), Slot::Loading(Arc::clone(&flight)));
        Plan::Load(flight)
    }

    /// The cached value for `key` if it is fresh; never loads, never waits.
    pub fn get(&self, key: &K) -> Option<V> {
        let slots = lock(&self.slots);
        let now = self.clock.now();
        slots.get(key).and_then(|slot| self.fresh_value(slot, now))
    }

    /// The value for `key`: cached if fresh, otherwise loaded once for all
    /// concurrent callers.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            match self.plan(&key) {
                Plan::Serve(value) => return value,
                Plan::Wait(flight) => {
                    if let Some(value) = flight.wait() {
                        return value;
                    }
                }
                Plan::Load(flight) => {
                    let guard = LoadGuard { cache: self, key: &key, flight, completed: false };
                    let run = loader.take().expect("a caller loads at most once");
                    let value = run(&key);
                    return guard.complete(value);
                }
            }
        }
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let mut slots = lock(&self.slots);
        if let Some(Slot::Fresh { .. }) = slots.get(key) {
            slots.remove(key);
        }
    }
}
