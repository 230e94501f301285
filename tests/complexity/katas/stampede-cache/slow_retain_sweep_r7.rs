// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): sweeps every expired entry out of the map with retain() on each call
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
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

enum Entry<V> {
    Ready { value: V, expires: u64 },
    Loading,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    map: Mutex<HashMap<K, Entry<V>>>,
    /// Signalled whenever a load finishes or fails.
    done: Condvar,
}

struct Abort<'a, K: Eq + Hash, V> {
    map: &'a Mutex<HashMap<K, Entry<V>>>,
    done: &'a Condvar,
    key: &'a K,
    armed: bool,
}

impl<K: Eq + Hash, V> Drop for Abort<'_, K, V> {
    fn drop(&mut self) {
        if self.armed {
            self.map.lock().unwrap_or_else(PoisonError::into_inner).remove(self.key);
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

    fn locked(&self) -> MutexGuard<'_, HashMap<K, Entry<V>>> {
        self.map.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Keeps memory tidy: drops every expired value.
    fn purge_expired(&self, map: &mut HashMap<K, Entry<V>>) {
        let now = self.clock.now();
        map.retain(|_, e| match e {
            Entry::Ready { expires, .. } => now < *expires,
            Entry::Loading => true,
        });
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let map = self.locked();
        match map.get(key) {
            Some(Entry::Ready { value, expires }) if self.clock.now() < *expires => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut map = self.locked();
        self.purge_expired(&mut map);
        loop {
            match map.get(&key) {
                Some(Entry::Ready { value, .. }) => return value.clone(),
                Some(Entry::Loading) => {
                    // woken when that load is done (Ready: share it) or failed (gone: load ourselves)
                    map = self.done.wait(map).unwrap_or_else(PoisonError::into_inner);
                }
                None => break,
            }
        }
        map.insert(key.clone(), Entry::Loading);
        drop(map);
        let mut abort = Abort { map: &self.map, done: &self.done, key: &key, armed: true };
        let value = loader(&key);
        abort.armed = false;
        let expires = self.clock.now().saturating_add(self.ttl);
        let mut map = self.locked();
        map.insert(key.clone(), Entry::Ready { value: value.clone(), expires });
        drop(map);
        self.done.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = self.locked();
        if let Some(Entry::Ready { .. }) = map.get(key) {
            map.remove(key);
        }
    }
}
