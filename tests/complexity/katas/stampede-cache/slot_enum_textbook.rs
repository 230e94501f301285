// learner: optimal
// idiom: textbook Slot enum (Fresh | Loading(Arc<InFlight>)) in one Mutex<HashMap>, per-load Condvar, RAII publish guard for panic safety
//! A TTL cache that protects its backend from a cache stampede.

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

#[derive(Debug, Default)]
pub struct ManualClock {
    now: AtomicU64,
}

impl ManualClock {
    pub fn new(start: u64) -> Self {
        ManualClock { now: AtomicU64::new(start) }
    }

    pub fn advance(&self, by: u64) {
        self.now.fetch_add(by, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> u64 {
        self.now.load(Ordering::SeqCst)
    }
}

impl<C: Clock + ?Sized> Clock for Arc<C> {
    fn now(&self) -> u64 {
        (**self).now()
    }
}

/// The outcome of one load, as seen by the callers waiting on it.
enum Outcome<V> {
    Pending,
    Done(V),
    Failed,
}

/// One load in progress. Invariant: `outcome` leaves `Pending` exactly once,
/// and `ready` is notified right after.
struct InFlight<V> {
    outcome: Mutex<Outcome<V>>,
    ready: Condvar,
}

impl<V> InFlight<V> {
    fn new() -> Self {
        InFlight { outcome: Mutex::new(Outcome::Pending), ready: Condvar::new() }
    }

    fn settle(&self, result: Outcome<V>) {
        let mut o = self.outcome.lock().unwrap_or_else(|e| e.into_inner());
        *o = result;
        self.ready.notify_all();
    }
}

/// Invariant: a key is in at most one state; a `Loading` slot always has a
/// live loader that will settle it (normally or from the guard's Drop).
enum Slot<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<InFlight<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

/// Settles the load if the loader unwinds before producing a value.
struct LoadGuard<'a, K: Eq + Hash, V, C> {
    cache: &'a StampedeCache<K, V, C>,
    key: &'a K,
    flight: Arc<InFlight<V>>,
    finished: bool,
}

impl<'a, K: Eq + Hash, V, C> Drop for LoadGuard<'a, K, V, C> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let mut slots = self.cache.lock_slots();
        if let Some(Slot::Loading(f)) = slots.get(self.key) {
            if Arc::ptr_eq(f, &self.flight) {
                slots.remove(self.key);
            }
        }
        drop(slots);
        self.flight.settle(Outcome::Failed);
    }
}

impl<K, V, C> StampedeCache<K, V, C> {
    fn lock_slots(&self) -> MutexGuard<'_, HashMap<K, Slot<V>>> {
        self.slots.lock().unwrap_or_else(|e| e.into_inner())
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

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match self.lock_slots().get(key) {
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
                let mut slots = self.lock_slots();
                let now = self.clock.now();
                match slots.get(&key) {
                    Some(Slot::Fresh { value, expires_at }) if now < *expires_at => {
                        return value.clone();
                    }
                    Some(Slot::Loading(f)) => Arc::clone(f),
                    _ => {
                        let f = Arc::new(InFlight::new());
                        slots.insert(key.clone(), Slot::Loading(Arc::clone(&f)));
                        drop(slots);
                        return self.load(&key, loader, f);
                    }
                }
            };
            if let Some(v) = Self::wait_for(&flight) {
                return v;
            }
            // the load failed: go round and try again (perhaps loading ourselves)
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut slots = self.lock_slots();
        if let Some(Slot::Fresh { .. }) = slots.get(key) {
            slots.remove(key);
        }
    }

    fn wait_for(flight: &InFlight<V>) -> Option<V> {
        let guard = flight.outcome.lock().unwrap_or_else(|e| e.into_inner());
        let guard = flight
            .ready
            .wait_while(guard, |o| matches!(o, Outcome::Pending))
            .unwrap_or_else(|e| e.into_inner());
        match &*guard {
            Outcome::Done(v) => Some(v.clone()),
            _ => None,
        }
    }

    fn load<F: FnOnce(&K) -> V>(&self, key: &K, loader: F, flight: Arc<InFlight<V>>) -> V {
        let mut guard = LoadGuard { cache: self, key, flight: Arc::clone(&flight), finished: false };
        let value = loader(key);
        let expires_at = self.clock.now().saturating_add(self.ttl);
        {
            let mut slots = self.lock_slots();
            let ours = matches!(slots.get(key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &flight));
            if ours {
                if self.ttl > 0 {
                    slots.insert(key.clone(), Slot::Fresh { value: value.clone(), expires_at });
                } else {
                    slots.remove(key);
                }
            }
        }
        guard.finished = true;
        flight.settle(Outcome::Done(value.clone()));
        value
    }
}
