// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): sweeps every cached entry with retain on each miss to evict expired ones
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::marker::PhantomData;
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
enum Slot<V> {
    Value(V, u64),
    Loading,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    map: Mutex<HashMap<K, Slot<V>>>,
    done: Condvar,
}

struct Cleanup<'a, K: Eq + Hash, V> {
    map: &'a Mutex<HashMap<K, Slot<V>>>,
    done: &'a Condvar,
    key: Option<K>,
}

impl<'a, K: Eq + Hash, V> Drop for Cleanup<'a, K, V> {
    fn drop(&mut self) {
        if let Some(k) = self.key.take() {
            let mut m = self.map.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(Slot::Loading) = m.get(&k) {
                m.remove(&k);
            }
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
        StampedeCache { ttl, clock, map: Mutex::new(HashMap::new()), done: Condvar::new() }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let m = self.map.lock().unwrap();
        match m.get(key) {
            Some(Slot::Value(v, exp)) if self.clock.now() < *exp => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut m = self.map.lock().unwrap();
        let mut waited = false;
        loop {
            let now = self.clock.now();
            match m.get(&key) {
                // after waiting, share the value just loaded even if ttl 0 made it stale
                Some(Slot::Value(v, exp)) if waited || now < *exp => return v.clone(),
                Some(Slot::Loading) => {
                    m = self.done.wait(m).unwrap();
                    waited = true;
                }
                _ => break,
            }
        }
        // a miss: good moment for housekeeping, throw away everything that has expired
        let now = self.clock.now();
        m.retain(|_, slot| match slot {
            Slot::Value(_, exp) => now < *exp,
            Slot::Loading => true,
        });
        m.insert(key.clone(), Slot::Loading);
        drop(m);
        let mut cleanup = Cleanup { map: &self.map, done: &self.done, key: Some(key.clone()) };
        let value = loader(&key);
        cleanup.key = None;
        let mut m = self.map.lock().unwrap();
        let exp = self.clock.now().saturating_add(self.ttl);
        m.insert(key, Slot::Value(value.clone(), exp));
        drop(m);
        self.done.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut m = self.map.lock().unwrap();
        if let Some(Slot::Value(..)) = m.get(key) {
            m.remove(key);
        }
    }
}
