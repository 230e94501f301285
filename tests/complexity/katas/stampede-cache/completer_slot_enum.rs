// learner: optimal
// idiom: Dart/Flutter-turned-Rust: a sealed-class-like Slot enum (Ready | Loading(Arc<InFlight>)) in one Mutex<HashMap>, a Completer-style InFlight with Condvar, and a Drop guard that fails the completer if the loader panics
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};

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

/// Like a Dart `Completer<V>`: one side completes, many sides await.
struct InFlight<V> {
    outcome: Mutex<Option<Option<V>>>, // None = pending, Some(None) = failed, Some(Some(v)) = done
    done: Condvar,
}

impl<V: Clone> InFlight<V> {
    fn new() -> Self {
        InFlight { outcome: Mutex::new(None), done: Condvar::new() }
    }

    fn complete(&self, value: Option<V>) {
        *self.outcome.lock().unwrap() = Some(value);
        self.done.notify_all();
    }

    /// Blocks until completed; `None` means the load failed and the caller should retry.
    fn wait(&self) -> Option<V> {
        let mut guard = self.outcome.lock().unwrap();
        while guard.is_none() {
            guard = self.done.wait(guard).unwrap();
        }
        guard.as_ref().unwrap().clone()
    }
}

enum Slot<V> {
    Ready { value: V, expiresAt: u64 },
    Loading(Arc<InFlight<V>>),
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

/// Cleans up if the loader panics: removes the Loading slot and wakes the waiters so they retry.
struct LoadGuard<'a, K: Eq + Hash, V: Clone> {
    key: &'a K,
    slots: &'a Mutex<HashMap<K, Slot<V>>>,
    flight: Arc<InFlight<V>>,
    finished: bool,
}

impl<K: Eq + Hash, V: Clone> Drop for LoadGuard<'_, K, V> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(Slot::Loading(f)) = slots.get(self.key) {
            if Arc::ptr_eq(f, &self.flight) {
                slots.remove(self.key);
            }
        }
        drop(slots);
        self.flight.complete(None);
    }
}

#[allow(non_snake_case)]
impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, slots: Mutex::new(HashMap::new()) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match self.slots.lock().unwrap().get(key) {
            Some(Slot::Ready { value, expiresAt }) if now < *expiresAt => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        loop {
            let flight = {
                let mut slots = self.slots.lock().unwrap();
                let now = self.clock.now();
                match slots.get(&key) {
                    Some(Slot::Ready { value, expiresAt }) if now < *expiresAt => return value.clone(),
                    Some(Slot::Loading(flight)) => Some(Arc::clone(flight)),
                    _ => {
                        let mine = Arc::new(InFlight::new());
                        slots.insert(key.clone(), Slot::Loading(Arc::clone(&mine)));
                        drop(slots);
                        return self._runLoader(key, loader, mine);
                    }
                }
            };
            if let Some(value) = flight.and_then(|f| f.wait()) {
                return value;
            }
            // the load we waited for blew up: go round again, maybe as the loader this time
        }
    }

    fn _runLoader<F: FnOnce(&K) -> V>(&self, key: K, loader: F, flight: Arc<InFlight<V>>) -> V {
        let mut guard = LoadGuard { key: &key, slots: &self.slots, flight: Arc::clone(&flight), finished: false };
        let value = loader(&key);
        let expiresAt = self.clock.now().saturating_add(self.ttl);
        {
            let mut slots = self.slots.lock().unwrap();
            let stillMine = matches!(slots.get(&key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &flight));
            if stillMine {
                if self.ttl == 0 {
                    slots.remove(&key);
                } else {
                    slots.insert(key.clone(), Slot::Ready { value: value.clone(), expiresAt });
                }
            }
        }
        guard.finished = true;
        flight.complete(Some(value.clone()));
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut slots = self.slots.lock().unwrap();
        if let Some(Slot::Ready { .. }) = slots.get(key) {
            slots.remove(key);
        }
    }
}
