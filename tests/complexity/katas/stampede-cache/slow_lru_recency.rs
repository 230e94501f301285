// learner: slow
// why: StampedeCache::get_or_load and get are O(n) time, target O(1): LRU bookkeeping moves the key to the back of a VecDeque with retain() on every access
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
use std::collections::{HashMap, VecDeque};
use std::sync::{Condvar, Mutex};

struct Inner<K, V> {
    values: HashMap<K, (V, u64)>,
    loading: HashMap<K, Arc<(Mutex<Option<Option<V>>>, Condvar)>>,
    /// Least recently used key first.
    recency: VecDeque<K>,
}

impl<K: Eq + Hash + Clone, V> Inner<K, V> {
    fn touch(&mut self, key: &K) {
        self.recency.retain(|k| k != key);
        self.recency.push_back(key.clone());
    }
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    inner: Mutex<Inner<K, V>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        let inner = Inner { values: HashMap::new(), loading: HashMap::new(), recency: VecDeque::new() };
        StampedeCache { ttl, clock, inner: Mutex::new(inner) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let now = self.clock.now();
        let hit = match inner.values.get(key) {
            Some((v, exp)) if now < *exp => Some(v.clone()),
            _ => None,
        };
        if hit.is_some() {
            inner.touch(key);
        }
        hit
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
            let now = self.clock.now();
            if let Some((v, exp)) = inner.values.get(&key) {
                if now < *exp {
                    let v = v.clone();
                    inner.touch(&key);
                    return v;
                }
            }
            if let Some(flight) = inner.loading.get(&key).cloned() {
                drop(inner);
                let slot = flight.0.lock().unwrap_or_else(|e| e.into_inner());
                let slot = flight.1.wait_while(slot, |s| s.is_none()).unwrap_or_else(|e| e.into_inner());
                if let Some(Some(v)) = slot.as_ref() {
                    return v.clone();
                }
                continue;
            }
            let flight = Arc::new((Mutex::new(None), Condvar::new()));
            inner.loading.insert(key.clone(), Arc::clone(&flight));
            drop(inner);

            // If the loader panics, mark the flight failed and free the key.
            struct OnUnwind<'a, K: Eq + Hash, V> {
                inner: &'a Mutex<Inner<K, V>>,
                key: &'a K,
                flight: Arc<(Mutex<Option<Option<V>>>, Condvar)>,
                active: bool,
            }
            impl<K: Eq + Hash, V> Drop for OnUnwind<'_, K, V> {
                fn drop(&mut self) {
                    if self.active {
                        self.inner.lock().unwrap_or_else(|e| e.into_inner()).loading.remove(self.key);
                        *self.flight.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(None);
                        self.flight.1.notify_all();
                    }
                }
            }
            let mut on_unwind = OnUnwind { inner: &self.inner, key: &key, flight: Arc::clone(&flight), active: true };
            let value = (loader.take().expect("loads once"))(&key);
            on_unwind.active = false;

            let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
            inner.loading.remove(&key);
            if self.ttl > 0 {
                let exp = self.clock.now().saturating_add(self.ttl);
                inner.values.insert(key.clone(), (value.clone(), exp));
                inner.touch(&key);
            }
            drop(inner);
            *flight.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(Some(value.clone()));
            flight.1.notify_all();
            return value;
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.values.remove(key);
        inner.recency.retain(|k| k != key);
    }
}
