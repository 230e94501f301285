// learner: optimal
// idiom: Mathematica / Wolfram Language user: one map of key -> Slot (Fresh | Loading), an Arc<InFlight> per load with its own Condvar, the whole miss path as one match on the slot; a Drop guard publishes or rolls back
// why: every call does a constant number of HashMap operations under the map lock (O(1) expected) and waits only on its own key's in-flight condvar; the loader runs with no lock held; O(1) extra per call

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
use std::sync::{Condvar, Mutex, PoisonError};

enum Outcome<V> {
    Pending,
    Done(V),
    Failed,
}

/// One load in progress, shared by the loader and everybody waiting for it.
struct InFlight<V> {
    outcome: Mutex<Outcome<V>>,
    ready: Condvar,
}

impl<V: Clone> InFlight<V> {
    fn new() -> Self {
        InFlight { outcome: Mutex::new(Outcome::Pending), ready: Condvar::new() }
    }

    fn finish(&self, result: Outcome<V>) {
        *self.outcome.lock().unwrap_or_else(PoisonError::into_inner) = result;
        self.ready.notify_all();
    }

    /// Blocks until the load ends: Some(value), or None if the loader panicked.
    fn wait(&self) -> Option<V> {
        let guard = self.outcome.lock().unwrap_or_else(PoisonError::into_inner);
        let guard = self
            .ready
            .wait_while(guard, |o| matches!(o, Outcome::Pending))
            .unwrap_or_else(PoisonError::into_inner);
        match &*guard {
            Outcome::Done(v) => Some(v.clone()),
            _ => None,
        }
    }
}

enum Slot<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<InFlight<V>>),
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
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

    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<K, Slot<V>>> {
        self.slots.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The cached value for `key` if it is fresh; never loads, never waits.
    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match self.map().get(key) {
            Some(Slot::Fresh { value, expires_at }) if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    /// The value for `key`: cached if fresh, otherwise one shared call of `loader`.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        // Either somebody else's load finished (return its value) or we own a new load.
        let flight = loop {
            let mut map = self.map();
            let now = self.clock.now();
            let waiting_on = match map.get(&key) {
                Some(Slot::Fresh { value, expires_at }) if now < *expires_at => return value.clone(),
                Some(Slot::Loading(f)) => Arc::clone(f),
                _ => {
                    let mine = Arc::new(InFlight::new());
                    map.insert(key.clone(), Slot::Loading(Arc::clone(&mine)));
                    break mine;
                }
            };
            drop(map);
            if let Some(v) = waiting_on.wait() {
                return v;
            }
            // the loader panicked: go round and maybe become the loader ourselves
        };

        // Publishes the value, or on unwinding removes our Loading slot and fails the flight.
        struct Publish<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> {
            cache: &'a StampedeCache<K, V, C>,
            key: &'a K,
            flight: Arc<InFlight<V>>,
            value: Option<V>,
        }
        impl<K: Eq + Hash + Clone, V: Clone, C: Clock> Drop for Publish<'_, K, V, C> {
            fn drop(&mut self) {
                let mut map = self.cache.map();
                let ours = matches!(map.get(self.key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &self.flight));
                match self.value.take() {
                    Some(v) => {
                        let loaded_at = self.cache.clock.now();
                        if ours {
                            let expires_at = loaded_at.saturating_add(self.cache.ttl);
                            map.insert(self.key.clone(), Slot::Fresh { value: v.clone(), expires_at });
                        }
                        drop(map);
                        self.flight.finish(Outcome::Done(v));
                    }
                    None => {
                        if ours {
                            map.remove(self.key);
                        }
                        drop(map);
                        self.flight.finish(Outcome::Failed);
                    }
                }
            }
        }

        let mut publish = Publish { cache: self, key: &key, flight, value: None };
        let v = loader(&key);
        publish.value = Some(v.clone());
        drop(publish);
        v
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let mut map = self.map();
        if matches!(map.get(key), Some(Slot::Fresh { .. })) {
            map.remove(key);
        }
    }
}
