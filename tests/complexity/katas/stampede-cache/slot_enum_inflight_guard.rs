// learner: optimal
// idiom: hint-shaped design: Slot enum (Fresh / Loading(Arc<InFlight>)) in a Mutex<HashMap>, per-load Mutex+Condvar, Drop guard publishes or fails the load
//! A TTL cache that coalesces concurrent misses.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

/// A source of "now", in whatever unit the TTL uses (say, milliseconds).
pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

/// A clock that only moves when told to. Tests use it instead of real time.
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

enum LoadState<V> {
    Pending,
    Done(V),
    Failed,
}

struct InFlight<V> {
    state: Mutex<LoadState<V>>,
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

fn relock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Finishes a load: on success stores the value, on unwind clears the slot
/// and tells the waiters to retry.
struct LoadGuard<'a, K: Eq + Hash, V: Clone, C: Clock> {
    cache: &'a StampedeCache<K, V, C>,
    key: &'a K,
    flight: Arc<InFlight<V>>,
    result: Option<V>,
}

impl<'a, K: Eq + Hash, V: Clone, C: Clock> Drop for LoadGuard<'a, K, V, C> {
    fn drop(&mut self) {
        let mut map = relock(&self.cache.slots);
        let ours = matches!(map.get(self.key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &self.flight));
        let outcome = match self.result.take() {
            Some(value) => {
                if ours {
                    if self.cache.ttl == 0 {
                        map.remove(self.key);
                    } else {
                        let expires_at = self.cache.clock.now().saturating_add(self.cache.ttl);
                        if let Some(slot) = map.get_mut(self.key) {
                            *slot = Slot::Fresh { value: value.clone(), expires_at };
                        }
                    }
                }
                LoadState::Done(value)
            }
            None => {
                if ours {
                    map.remove(self.key);
                }
                LoadState::Failed
            }
        };
        drop(map);
        *relock(&self.flight.state) = outcome;
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
        let map = relock(&self.slots);
        match map.get(key) {
            Some(Slot::Fresh { value, expires_at }) if self.clock.now() < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        loop {
            let mut map = relock(&self.slots);
            let waiting_on = match map.get(&key) {
                Some(Slot::Fresh { value, expires_at }) if self.clock.now() < *expires_at => {
                    return value.clone();
                }
                Some(Slot::Loading(flight)) => Some(Arc::clone(flight)),
                _ => None,
            };
            match waiting_on {
                Some(flight) => {
                    drop(map);
                    let state = relock(&flight.state);
                    let state = flight
                        .ready
                        .wait_while(state, |s| matches!(s, LoadState::Pending))
                        .unwrap_or_else(|p| p.into_inner());
                    if let LoadState::Done(v) = &*state {
                        return v.clone();
                    }
                    // the load failed: go round and maybe load it ourselves
                }
                None => {
                    let flight = Arc::new(InFlight { state: Mutex::new(LoadState::Pending), ready: Condvar::new() });
                    map.insert(key.clone(), Slot::Loading(Arc::clone(&flight)));
                    drop(map);
                    let mut guard = LoadGuard { cache: self, key: &key, flight, result: None };
                    let value = loader(&key);
                    guard.result = Some(value.clone());
                    drop(guard);
                    return value;
                }
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = relock(&self.slots);
        if let Some(Slot::Fresh { .. }) = map.get(key) {
            map.remove(key);
        }
    }
}
