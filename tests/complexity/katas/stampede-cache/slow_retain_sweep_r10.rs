// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): sweeps every expired entry out of the map with retain on each call to keep memory tidy
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

#[derive(Clone)]
enum Outcome<V> {
    Waiting,
    Loaded(V),
    Panicked,
}

struct Load<V> {
    outcome: Mutex<Outcome<V>>,
    cv: Condvar,
}

enum Entry<V> {
    Cached(V, u64), // value, expires at
    InProgress(Arc<Load<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    map: Mutex<HashMap<K, Entry<V>>>,
}

struct Abort<'a, K: Eq + Hash, V> {
    map: &'a Mutex<HashMap<K, Entry<V>>>,
    key: &'a K,
    load: &'a Arc<Load<V>>,
}

impl<K: Eq + Hash, V> Drop for Abort<'_, K, V> {
    fn drop(&mut self) {
        self.map.lock().unwrap_or_else(|p| p.into_inner()).remove(self.key);
        *self.load.outcome.lock().unwrap_or_else(|p| p.into_inner()) = Outcome::Panicked;
        self.load.cv.notify_all();
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
        match self.map.lock().unwrap().get(key) {
            Some(Entry::Cached(v, exp)) if now < *exp => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let load = loop {
            let mut map = self.map.lock().unwrap();
            let now = self.clock.now();
            // housekeeping: forget everything that has expired
            map.retain(|_, e| match e {
                Entry::Cached(_, exp) => now < *exp,
                Entry::InProgress(_) => true,
            });
            match map.get(&key) {
                Some(Entry::Cached(v, _)) => return v.clone(),
                Some(Entry::InProgress(l)) => {
                    let l = Arc::clone(l);
                    drop(map);
                    let guard = l.cv.wait_while(l.outcome.lock().unwrap(), |o| matches!(o, Outcome::Waiting)).unwrap();
                    if let Outcome::Loaded(v) = guard.clone() {
                        return v;
                    }
                }
                None => {
                    let l = Arc::new(Load { outcome: Mutex::new(Outcome::Waiting), cv: Condvar::new() });
                    map.insert(key.clone(), Entry::InProgress(Arc::clone(&l)));
                    break l;
                }
            }
        };
        let abort = Abort { map: &self.map, key: &key, load: &load };
        let v = loader(&key);
        std::mem::forget(abort);
        let exp = self.clock.now().saturating_add(self.ttl);
        {
            let mut map = self.map.lock().unwrap();
            if self.ttl == 0 {
                map.remove(&key);
            } else {
                map.insert(key, Entry::Cached(v.clone(), exp));
            }
        }
        *load.outcome.lock().unwrap() = Outcome::Loaded(v.clone());
        load.cv.notify_all();
        v
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = self.map.lock().unwrap();
        if matches!(map.get(key), Some(Entry::Cached(..))) {
            map.remove(key);
        }
    }
}
