// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): sweeps every expired entry out of the map with retain on each call

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
use std::sync::{Condvar, Mutex};

enum FlightState<V> {
    Pending,
    Done(V),
    Failed,
}

struct Flight<V> {
    state: Mutex<FlightState<V>>,
    ready: Condvar,
}

enum Slot<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<Flight<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

/// Runs on drop: if the loader never finished, unblock the waiters and free the key.
struct LoadGuard<'a, K: Eq + Hash, V> {
    slots: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    flight: Arc<Flight<V>>,
    finished: bool,
}

impl<'a, K: Eq + Hash, V> Drop for LoadGuard<'a, K, V> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        {
            let mut map = self.slots.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(Slot::Loading(f)) = map.get(self.key) {
                if Arc::ptr_eq(f, &self.flight) {
                    map.remove(self.key);
                }
            }
        }
        *self.flight.state.lock().unwrap_or_else(|e| e.into_inner()) = FlightState::Failed;
        self.flight.ready.notify_all();
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

    /// Keep memory tidy: drop everything whose TTL has run out.
    fn evict_expired(map: &mut HashMap<K, Slot<V>>, now: u64) {
        map.retain(|_, slot| match slot {
            Slot::Fresh { expires_at, .. } => now < *expires_at,
            Slot::Loading(_) => true,
        });
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let mut map = self.slots.lock().unwrap();
        Self::evict_expired(&mut map, now);
        match map.get(key) {
            Some(Slot::Fresh { value, expires_at }) if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        loop {
            let flight = {
                let now = self.clock.now();
                let mut map = self.slots.lock().unwrap();
                Self::evict_expired(&mut map, now);
                match map.get(&key) {
                    Some(Slot::Fresh { value, expires_at }) if now < *expires_at => return value.clone(),
                    Some(Slot::Loading(f)) => Some(Arc::clone(f)),
                    _ => {
                        let mine = Arc::new(Flight { state: Mutex::new(FlightState::Pending), ready: Condvar::new() });
                        map.insert(key.clone(), Slot::Loading(Arc::clone(&mine)));
                        drop(map);
                        return self.load_as_leader(&key, mine, loader);
                    }
                }
            };
            if let Some(f) = flight {
                let st = f.state.lock().unwrap();
                let st = f.ready.wait_while(st, |s| matches!(s, FlightState::Pending)).unwrap();
                if let FlightState::Done(v) = &*st {
                    return v.clone();
                }
                // Failed: go round again, maybe as the new leader.
            }
        }
    }

    fn load_as_leader<F>(&self, key: &K, flight: Arc<Flight<V>>, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut guard = LoadGuard { slots: &self.slots, key, flight: Arc::clone(&flight), finished: false };
        let value = loader(key);
        let loaded_at = self.clock.now();
        {
            let mut map = self.slots.lock().unwrap();
            if self.ttl > 0 {
                let expires_at = loaded_at.saturating_add(self.ttl);
                map.insert(key.clone(), Slot::Fresh { value: value.clone(), expires_at });
            } else {
                map.remove(key);
            }
        }
        *flight.state.lock().unwrap() = FlightState::Done(value.clone());
        flight.ready.notify_all();
        guard.finished = true;
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = self.slots.lock().unwrap();
        if let Some(Slot::Fresh { .. }) = map.get(key) {
            map.remove(key);
        }
    }
}
