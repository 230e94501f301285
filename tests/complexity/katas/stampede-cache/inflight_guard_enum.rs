// learner: optimal
// idiom: enum slot {Fresh | Loading(Arc<Flight>)} in one Mutex<HashMap>; per-load Condvar; a Drop guard publishes success or failure (panic-safe)
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

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

enum FlightState<V> {
    Running,
    Done(V),
    Crashed,
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
    map: Mutex<HashMap<K, Slot<V>>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Held by the one caller that loads. Dropped normally or during unwinding.
struct LoadGuard<'a, K: Eq + Hash, V: Clone> {
    map: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    flight: Arc<Flight<V>>,
    outcome: Option<(V, Option<u64>)>,
}

impl<K: Eq + Hash, V: Clone> Drop for LoadGuard<'_, K, V> {
    fn drop(&mut self) {
        let mut map = lock(self.map);
        let ours = matches!(map.get(self.key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &self.flight));
        let published = match self.outcome.take() {
            Some((value, expires)) => {
                if ours {
                    match expires {
                        Some(expires_at) => {
                            if let Some(slot) = map.get_mut(self.key) {
                                *slot = Slot::Fresh { value: value.clone(), expires_at };
                            }
                        }
                        None => {
                            map.remove(self.key);
                        }
                    }
                }
                FlightState::Done(value)
            }
            None => {
                if ours {
                    map.remove(self.key);
                }
                FlightState::Crashed
            }
        };
        drop(map);
        *lock(&self.flight.state) = published;
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
        StampedeCache { ttl, clock, map: Mutex::new(HashMap::new()) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match lock(&self.map).get(key) {
            Some(Slot::Fresh { value, expires_at }) if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        loop {
            let mut map = lock(&self.map);
            let now = self.clock.now();
            let waiting_on = match map.get(&key) {
                Some(Slot::Fresh { value, expires_at }) if now < *expires_at => return value.clone(),
                Some(Slot::Loading(flight)) => Some(Arc::clone(flight)),
                _ => None,
            };
            match waiting_on {
                Some(flight) => {
                    drop(map);
                    let state = lock(&flight.state);
                    let state = flight
                        .ready
                        .wait_while(state, |s| matches!(s, FlightState::Running))
                        .unwrap_or_else(|e| e.into_inner());
                    match &*state {
                        FlightState::Done(v) => return v.clone(),
                        _ => continue, // the loader panicked: try again
                    }
                }
                None => {
                    let flight = Arc::new(Flight { state: Mutex::new(FlightState::Running), ready: Condvar::new() });
                    map.insert(key.clone(), Slot::Loading(Arc::clone(&flight)));
                    drop(map);
                    let mut guard = LoadGuard { map: &self.map, key: &key, flight, outcome: None };
                    let value = loader(&key);
                    let stored_at = self.clock.now();
                    let expires = if self.ttl == 0 { None } else { Some(stored_at.saturating_add(self.ttl)) };
                    guard.outcome = Some((value.clone(), expires));
                    drop(guard);
                    return value;
                }
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = lock(&self.map);
        if let Some(Slot::Fresh { .. }) = map.get(key) {
            map.remove(key);
        }
    }
}
