// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): sweeps every expired entry with retain on each call
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
use std::sync::{Condvar, Mutex};

enum State<V> {
    Pending,
    Done(V),
    Failed,
}

struct InFlight<V> {
    state: Mutex<State<V>>,
    ready: Condvar,
}

enum Slot<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<InFlight<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

/// Removes the Loading slot and wakes the waiters as failed, unless the load finished.
struct LoadGuard<'a, K: Eq + Hash, V> {
    slots: &'a Mutex<HashMap<K, Slot<V>>>,
    key: Option<K>,
    flight: Arc<InFlight<V>>,
}

impl<K: Eq + Hash, V> Drop for LoadGuard<'_, K, V> {
    fn drop(&mut self) {
        if let Some(key) = self.key.take() {
            let mut map = self.slots.lock().unwrap_or_else(|e| e.into_inner());
            if matches!(map.get(&key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &self.flight)) {
                map.remove(&key);
            }
            drop(map);
            *self.flight.state.lock().unwrap_or_else(|e| e.into_inner()) = State::Failed;
            self.flight.ready.notify_all();
        }
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
        let map = self.slots.lock().unwrap_or_else(|e| e.into_inner());
        match map.get(key) {
            Some(Slot::Fresh { value, expires_at }) if self.clock.now() < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            let mut map = self.slots.lock().unwrap_or_else(|e| e.into_inner());
            let now = self.clock.now();
            map.retain(|_, slot| match slot {
                Slot::Fresh { expires_at, .. } => now < *expires_at,
                Slot::Loading(_) => true,
            });
            let flight = match map.get(&key) {
                Some(Slot::Fresh { value, expires_at }) if self.clock.now() < *expires_at => return value.clone(),
                Some(Slot::Loading(f)) => Some(Arc::clone(f)),
                _ => None,
            };
            match flight {
                Some(f) => {
                    drop(map);
                    let state = f.state.lock().unwrap_or_else(|e| e.into_inner());
                    let state = f.ready.wait_while(state, |s| matches!(s, State::Pending)).unwrap_or_else(|e| e.into_inner());
                    if let State::Done(v) = &*state {
                        return v.clone();
                    }
                    // the loader panicked: go round and (maybe) load ourselves
                }
                None => {
                    let f = Arc::new(InFlight { state: Mutex::new(State::Pending), ready: Condvar::new() });
                    map.insert(key.clone(), Slot::Loading(Arc::clone(&f)));
                    drop(map);
                    let mut guard = LoadGuard { slots: &self.slots, key: Some(key.clone()), flight: Arc::clone(&f) };
                    let value = (loader.take().expect("loads at most once"))(&key);
                    let loaded_at = self.clock.now();
                    guard.key = None;
                    let mut map = self.slots.lock().unwrap_or_else(|e| e.into_inner());
                    if self.ttl > 0 {
                        map.insert(key, Slot::Fresh { value: value.clone(), expires_at: loaded_at.saturating_add(self.ttl) });
                    } else {
                        map.remove(&key);
                    }
                    drop(map);
                    *f.state.lock().unwrap_or_else(|e| e.into_inner()) = State::Done(value.clone());
                    f.ready.notify_all();
                    return value;
                }
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = self.slots.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(Slot::Fresh { .. }) = map.get(key) {
            map.remove(key);
        }
    }
}
