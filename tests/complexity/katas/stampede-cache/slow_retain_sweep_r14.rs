// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): every call sweeps the whole map with retain to drop expired entries
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};

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

struct Inner<K, V> {
    values: HashMap<K, (V, u64)>, // value, expires at
    loading: HashSet<K>,
    // results of loads that finished, for callers who waited on them (ttl 0 case)
    handoff: HashMap<K, (u64, V)>, // (load number, value)
    loads_done: HashMap<K, u64>,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    inner: Mutex<Inner<K, V>>,
    changed: Condvar,
}

struct Unmark<'a, K: Eq + Hash, V> {
    inner: &'a Mutex<Inner<K, V>>,
    changed: &'a Condvar,
    key: &'a K,
}

impl<K: Eq + Hash, V> Drop for Unmark<'_, K, V> {
    fn drop(&mut self) {
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        g.loading.remove(self.key);
        drop(g);
        self.changed.notify_all();
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
            inner: Mutex::new(Inner {
                values: HashMap::new(),
                loading: HashSet::new(),
                handoff: HashMap::new(),
                loads_done: HashMap::new(),
            }),
            changed: Condvar::new(),
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        g.values.get(key).filter(|(_, exp)| now < *exp).map(|(v, _)| v.clone())
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let now = self.clock.now();
        // keep the cache tidy: throw out everything that has expired
        g.values.retain(|_, (_, exp)| now < *exp);
        if let Some((v, _)) = g.values.get(&key) {
            return v.clone();
        }
        let seen = g.loads_done.get(&key).copied().unwrap_or(0);
        while g.loading.contains(&key) {
            g = self.changed.wait(g).unwrap_or_else(|e| e.into_inner());
        }
        if let Some((n, v)) = g.handoff.get(&key) {
            if *n > seen {
                return v.clone();
            }
        }
        g.loading.insert(key.clone());
        drop(g);

        let unmark = Unmark { inner: &self.inner, changed: &self.changed, key: &key };
        let value = loader(&key);
        let at = self.clock.now();
        {
            let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
            if self.ttl > 0 {
                g.values.insert(key.clone(), (value.clone(), at.saturating_add(self.ttl)));
            }
            let n = g.loads_done.entry(key.clone()).or_insert(0);
            *n += 1;
            let n = *n;
            g.handoff.insert(key.clone(), (n, value.clone()));
        }
        drop(unmark);
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        g.values.remove(key);
    }
}
