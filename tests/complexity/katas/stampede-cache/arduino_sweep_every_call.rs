// learner: slow
// idiom: Arduino hobbyist: one table of entries {value, expires, loading, done-signal}; like a housekeeping tick in loop(), every call first sweeps the whole table with retain() to throw out expired entries, then does its lookup
// why: get_or_load, get and invalidate are O(n) time in the number of cached keys vs the O(1) expected target, because each call runs HashMap::retain over every entry before the single lookup
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::sync::{Condvar, Mutex};
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

struct Signal<V> {
    result: Mutex<Option<Option<V>>>, // None = still loading, Some(None) = loader crashed
    cv: Condvar,
}

struct Row<V> {
    value: Option<V>,
    expires: u64,
    signal: Option<Arc<Signal<V>>>, // Some while a load is running
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    table: Mutex<HashMap<K, Row<V>>>,
}

struct CrashGuard<'a, K: Eq + Hash, V> {
    table: &'a Mutex<HashMap<K, Row<V>>>,
    key: &'a K,
    sig: Arc<Signal<V>>,
    ok: bool,
}

impl<K: Eq + Hash, V> Drop for CrashGuard<'_, K, V> {
    fn drop(&mut self) {
        if self.ok {
            return;
        }
        let mut t = self.table.lock().unwrap_or_else(|e| e.into_inner());
        t.remove(self.key);
        drop(t);
        *self.sig.result.lock().unwrap_or_else(|e| e.into_inner()) = Some(None);
        self.sig.cv.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    /// An empty cache.
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, table: Mutex::new(HashMap::new()) }
    }

    // housekeeping: drop every expired row that is not loading
    fn sweep(&self, t: &mut HashMap<K, Row<V>>) {
        let now = self.clock.now();
        t.retain(|_, row| row.signal.is_some() || now < row.expires);
    }

    /// The cached value for `key` if it is fresh; never calls a loader and never waits for one.
    pub fn get(&self, key: &K) -> Option<V> {
        let mut t = self.table.lock().unwrap_or_else(|e| e.into_inner());
        self.sweep(&mut t);
        let now = self.clock.now();
        match t.get(key) {
            Some(row) if now < row.expires => row.value.clone(),
            _ => None,
        }
    }

    /// The value for `key`: the cached one if fresh, otherwise the result of `loader`.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        loop {
            let mut t = self.table.lock().unwrap_or_else(|e| e.into_inner());
            self.sweep(&mut t);
            let now = self.clock.now();
            let mut wait_for = None;
            if let Some(row) = t.get(&key) {
                if let Some(sig) = &row.signal {
                    wait_for = Some(sig.clone());
                } else if now < row.expires {
                    if let Some(v) = &row.value {
                        return v.clone();
                    }
                }
            }
            if let Some(sig) = wait_for {
                drop(t);
                let mut r = sig.result.lock().unwrap_or_else(|e| e.into_inner());
                while r.is_none() {
                    r = sig.cv.wait(r).unwrap_or_else(|e| e.into_inner());
                }
                if let Some(Some(v)) = &*r {
                    return v.clone();
                }
                continue; // loader crashed, go again
            }
            // nobody is loading: we do it
            let sig = Arc::new(Signal { result: Mutex::new(None), cv: Condvar::new() });
            t.insert(key.clone(), Row { value: None, expires: 0, signal: Some(sig.clone()) });
            drop(t);
            let mut guard = CrashGuard { table: &self.table, key: &key, sig: sig.clone(), ok: false };
            let v = loader(&key);
            let expires = self.clock.now() + self.ttl;
            let mut t = self.table.lock().unwrap_or_else(|e| e.into_inner());
            t.insert(key.clone(), Row { value: Some(v.clone()), expires, signal: None });
            drop(t);
            guard.ok = true;
            *sig.result.lock().unwrap_or_else(|e| e.into_inner()) = Some(Some(v.clone()));
            sig.cv.notify_all();
            return v;
        }
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let mut t = self.table.lock().unwrap_or_else(|e| e.into_inner());
        self.sweep(&mut t);
        let loading = match t.get(key) {
            Some(row) => row.signal.is_some(),
            None => false,
        };
        if !loading {
            t.remove(key);
        }
    }
}
