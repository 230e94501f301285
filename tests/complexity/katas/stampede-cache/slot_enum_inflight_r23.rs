// learner: optimal
// idiom: NumPy-user "state array" thinking turned into one map of slot enums (Ready / Loading); in-flight record with Mutex+Condvar, loop-and-match retry, Drop guard for panics
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
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

enum Outcome<V> {
    Pending,
    Done(V),
    Failed,
}

struct InFlight<V> {
    state: Mutex<Outcome<V>>,
    ready: Condvar,
}

enum Slot<V> {
    Ready { value: V, expires_at: u64 },
    Loading(Arc<InFlight<V>>),
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

/// Cleans up after a loader that did not finish (it panicked).
struct LoadGuard<'a, K: Eq + Hash, V> {
    slots: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    flight: &'a Arc<InFlight<V>>,
    finished: bool,
}

impl<K: Eq + Hash, V> Drop for LoadGuard<'_, K, V> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let mut map = lock(self.slots);
        if let Some(Slot::Loading(f)) = map.get(self.key) {
            if Arc::ptr_eq(f, self.flight) {
                map.remove(self.key);
            }
        }
        drop(map);
        *lock(&self.flight.state) = Outcome::Failed;
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

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match lock(&self.slots).get(key) {
            Some(Slot::Ready { value, expires_at }) if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let flight = loop {
            let mut map = lock(&self.slots);
            let now = self.clock.now();
            let waiting_on = match map.get(&key) {
                Some(Slot::Ready { value, expires_at }) if now < *expires_at => return value.clone(),
                Some(Slot::Loading(f)) => Some(Arc::clone(f)),
                _ => None,
            };
            match waiting_on {
                Some(f) => {
                    drop(map);
                    let mut st = lock(&f.state);
                    while let Outcome::Pending = *st {
                        st = f.ready.wait(st).unwrap_or_else(PoisonError::into_inner);
                    }
                    if let Outcome::Done(v) = &*st {
                        return v.clone();
                    }
                    // Failed: go round again, maybe as the loader this time
                }
                None => {
                    let f = Arc::new(InFlight { state: Mutex::new(Outcome::Pending), ready: Condvar::new() });
                    map.insert(key.clone(), Slot::Loading(Arc::clone(&f)));
                    break f;
                }
            }
        };

        let mut guard = LoadGuard { slots: &self.slots, key: &key, flight: &flight, finished: false };
        let value = loader(&key);
        let loaded_at = self.clock.now();
        {
            let mut map = lock(&self.slots);
            let ours = matches!(map.get(&key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &flight));
            if ours {
                if self.ttl > 0 {
                    map.insert(
                        key.clone(),
                        Slot::Ready { value: value.clone(), expires_at: loaded_at.saturating_add(self.ttl) },
                    );
                } else {
                    map.remove(&key);
                }
            }
        }
        *lock(&flight.state) = Outcome::Done(value.clone());
        flight.ready.notify_all();
        guard.finished = true;
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = lock(&self.slots);
        if let Some(Slot::Ready { .. }) = map.get(key) {
            map.remove(key);
        }
    }
}
