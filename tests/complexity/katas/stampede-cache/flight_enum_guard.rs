// learner: optimal
// idiom: Java-ish: Slot enum (Ready / Loading(Arc<Flight>)), Flight = Mutex<FlightState> + Condvar, a LoadGuard whose Drop publishes Failed on panic, retry `loop` in get_or_load, many small private helpers
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

/// A cache whose entries live `ttl` clock units after they were loaded.
use std::collections::HashMap;
use std::sync::{Condvar, Mutex};

enum FlightState<V> {
    Pending,
    Done(V),
    Failed,
}

struct Flight<V> {
    state: Mutex<FlightState<V>>,
    wake: Condvar,
}

impl<V: Clone> Flight<V> {
    fn new() -> Self {
        Flight { state: Mutex::new(FlightState::Pending), wake: Condvar::new() }
    }

    fn finish(&self, outcome: FlightState<V>) {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        *st = outcome;
        self.wake.notify_all();
    }

    /// Blocks until the load ends; Some(value) on success, None if the loader panicked.
    fn wait(&self) -> Option<V> {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            match &*st {
                FlightState::Pending => st = self.wake.wait(st).unwrap_or_else(|e| e.into_inner()),
                FlightState::Done(v) => return Some(v.clone()),
                FlightState::Failed => return None,
            }
        }
    }
}

enum Slot<V> {
    Ready(V, u64),
    Loading(Arc<Flight<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

struct LoadGuard<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> {
    cache: &'a StampedeCache<K, V, C>,
    key: &'a K,
    flight: Arc<Flight<V>>,
    finished: bool,
}

impl<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> Drop for LoadGuard<'a, K, V, C> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        self.cache.forget_flight(self.key, &self.flight);
        self.flight.finish(FlightState::Failed);
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, slots: Mutex::new(HashMap::new()) }
    }

    fn lock_slots(&self) -> std::sync::MutexGuard<'_, HashMap<K, Slot<V>>> {
        self.slots.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn is_fresh(&self, stored_at: u64) -> bool {
        stored_at.checked_add(self.ttl).map_or(true, |expiry| self.clock.now() < expiry)
    }

    fn forget_flight(&self, key: &K, flight: &Arc<Flight<V>>) {
        let mut slots = self.lock_slots();
        if let Some(Slot::Loading(f)) = slots.get(key) {
            if Arc::ptr_eq(f, flight) {
                slots.remove(key);
            }
        }
    }

    fn store_result(&self, key: &K, flight: &Arc<Flight<V>>, value: &V) {
        let loaded_at = self.clock.now();
        let mut slots = self.lock_slots();
        let ours = matches!(slots.get(key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, flight));
        if ours {
            if self.ttl == 0 {
                slots.remove(key);
            } else {
                slots.insert(key.clone(), Slot::Ready(value.clone(), loaded_at));
            }
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        match self.lock_slots().get(key) {
            Some(Slot::Ready(v, at)) if self.is_fresh(*at) => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        loop {
            let mut slots = self.lock_slots();
            let joined = match slots.get(&key) {
                Some(Slot::Ready(v, at)) if self.is_fresh(*at) => return v.clone(),
                Some(Slot::Loading(f)) => Some(Arc::clone(f)),
                _ => None,
            };
            if let Some(flight) = joined {
                drop(slots);
                match flight.wait() {
                    Some(v) => return v,
                    None => continue,
                }
            }
            let flight = Arc::new(Flight::new());
            slots.insert(key.clone(), Slot::Loading(Arc::clone(&flight)));
            drop(slots);

            let mut guard = LoadGuard { cache: self, key: &key, flight: Arc::clone(&flight), finished: false };
            let value = loader(&key);
            self.store_result(&key, &flight, &value);
            flight.finish(FlightState::Done(value.clone()));
            guard.finished = true;
            return value;
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut slots = self.lock_slots();
        if let Some(Slot::Ready(..)) = slots.get(key) {
            slots.remove(key);
        }
    }
}
