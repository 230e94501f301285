// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1) expected: entries kept in a Vec<(K, Slot)> found by linear search
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

use std::sync::{Condvar, Mutex};

#[derive(Clone)]
enum Slot<V> {
    Ready(V, u64, u64), // value, expires, load number
    Loading(u64),
}

struct Inner<K, V> {
    entries: Vec<(K, Slot<V>)>,
    loads: u64,
}

impl<K: PartialEq, V> Inner<K, V> {
    fn find(&self, key: &K) -> Option<usize> {
        for i in 0..self.entries.len() {
            if self.entries[i].0 == *key {
                return Some(i);
            }
        }
        None
    }

    fn set(&mut self, key: K, slot: Slot<V>) {
        match self.find(&key) {
            Some(i) => self.entries[i].1 = slot,
            None => self.entries.push((key, slot)),
        }
    }

    fn remove(&mut self, key: &K) {
        if let Some(i) = self.find(key) {
            self.entries.swap_remove(i);
        }
    }
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    inner: Mutex<Inner<K, V>>,
    changed: Condvar,
}

struct OnPanic<'a, K: PartialEq, V> {
    inner: &'a Mutex<Inner<K, V>>,
    changed: &'a Condvar,
    key: &'a K,
    id: u64,
    armed: bool,
}

impl<K: PartialEq, V> Drop for OnPanic<'_, K, V> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = g.find(self.key) {
            if let Slot::Loading(id) = g.entries[i].1 {
                if id == self.id {
                    g.entries.swap_remove(i);
                }
            }
        }
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
        StampedeCache { ttl, clock, inner: Mutex::new(Inner { entries: Vec::new(), loads: 0 }), changed: Condvar::new() }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let i = g.find(key)?;
        match &g.entries[i].1 {
            Slot::Ready(v, exp, _) if self.clock.now() < *exp => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let mut waited_for = None;
        loop {
            let slot = g.find(&key).map(|i| g.entries[i].1.clone());
            match slot {
                Some(Slot::Ready(v, exp, id)) if self.clock.now() < exp || Some(id) == waited_for => return v,
                Some(Slot::Loading(id)) => {
                    waited_for = Some(id);
                    g = self.changed.wait(g).unwrap_or_else(|e| e.into_inner());
                }
                _ => break,
            }
        }
        g.loads += 1;
        let id = g.loads;
        g.set(key.clone(), Slot::Loading(id));
        drop(g);

        let mut guard = OnPanic { inner: &self.inner, changed: &self.changed, key: &key, id, armed: true };
        let v = loader(&key);
        let t = self.clock.now();
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        g.set(key.clone(), Slot::Ready(v.clone(), t.saturating_add(self.ttl), id));
        guard.armed = false;
        drop(g);
        self.changed.notify_all();
        v
    }

    pub fn invalidate(&self, key: &K) {
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = g.find(key) {
            if let Slot::Ready(..) = g.entries[i].1 {
                g.remove(key);
            }
        }
    }
}
