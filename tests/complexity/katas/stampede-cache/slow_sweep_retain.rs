// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): sweeps every cached entry for expiry (retain) on each call
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

enum Slot<V> {
    Ready(V, u64),
    Loading,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    map: Mutex<HashMap<K, Slot<V>>>,
    done: Condvar,
    last: Mutex<HashMap<K, V>>, // result of the last finished load, for waiters when ttl == 0
}

struct Cleanup<'a, K: Eq + Hash, V> {
    map: &'a Mutex<HashMap<K, Slot<V>>>,
    done: &'a Condvar,
    last: &'a Mutex<HashMap<K, V>>,
    key: Option<K>,
}

impl<K: Eq + Hash, V> Drop for Cleanup<'_, K, V> {
    fn drop(&mut self) {
        if let Some(k) = self.key.take() {
            self.last.lock().unwrap_or_else(|e| e.into_inner()).remove(&k);
            self.map.lock().unwrap_or_else(|e| e.into_inner()).remove(&k);
            self.done.notify_all();
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
        StampedeCache {
            ttl,
            clock,
            map: Mutex::new(HashMap::new()),
            done: Condvar::new(),
            last: Mutex::new(HashMap::new()),
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match self.map.lock().unwrap().get(key) {
            Some(Slot::Ready(v, exp)) if now < *exp => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        // keep memory tidy: drop everything that has expired
        let now = self.clock.now();
        map.retain(|_, s| match s {
            Slot::Ready(_, exp) => now < *exp,
            Slot::Loading => true,
        });
        let mut waited = false;
        loop {
            match map.get(&key) {
                Some(Slot::Ready(v, exp)) if self.clock.now() < *exp => return v.clone(),
                Some(Slot::Loading) => {
                    waited = true;
                    map = self.done.wait(map).unwrap_or_else(|e| e.into_inner());
                }
                _ => {
                    if waited {
                        if let Some(v) = self.last.lock().unwrap().get(&key) {
                            if self.ttl == 0 {
                                return v.clone();
                            }
                        }
                    }
                    break;
                }
            }
        }
        map.insert(key.clone(), Slot::Loading);
        drop(map);
        let mut guard = Cleanup { map: &self.map, done: &self.done, last: &self.last, key: Some(key.clone()) };
        let v = loader(&key);
        let t = self.clock.now();
        {
            let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
            if self.ttl == 0 {
                map.remove(&key);
                self.last.lock().unwrap().insert(key.clone(), v.clone());
            } else {
                map.insert(key.clone(), Slot::Ready(v.clone(), t.saturating_add(self.ttl)));
            }
            guard.key = None;
        }
        self.done.notify_all();
        v
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = self.map.lock().unwrap();
        if let Some(Slot::Ready(..)) = map.get(key) {
            map.remove(key);
        }
    }
}
