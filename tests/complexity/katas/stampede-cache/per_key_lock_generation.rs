// learner: optimal
// idiom: per-key load lock: the map holds (cached value, Arc<KeyLock>) where KeyLock is a Mutex<Option<V>> (last loaded value) plus an AtomicU64 generation; the loader runs while holding only its key's mutex, waiters block on that mutex and share the result if the generation moved; poisoning tolerated with into_inner so a panic lets the next caller load
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

/// A cache whose entries live `ttl` clock units after they were loaded.
use std::collections::HashMap;
use std::sync::Mutex;

struct KeyLock<V> {
    last: Mutex<Option<V>>,
    generation: AtomicU64,
}

struct Entry<V> {
    cached: Option<(V, u64)>,
    lock: Arc<KeyLock<V>>,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    map: Mutex<HashMap<K, Entry<V>>>,
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

    fn fresh(&self, at: u64) -> bool {
        match at.checked_add(self.ttl) {
            Some(end) => self.clock.now() < end,
            None => true,
        }
    }

    fn cached_fresh(&self, m: &HashMap<K, Entry<V>>, key: &K) -> Option<V> {
        let e = m.get(key)?;
        let (v, at) = e.cached.as_ref()?;
        if self.fresh(*at) { Some(v.clone()) } else { None }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let m = self.map.lock().unwrap_or_else(|e| e.into_inner());
        self.cached_fresh(&m, key)
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let kl = {
            let mut m = self.map.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(v) = self.cached_fresh(&m, &key) {
                return v;
            }
            let entry = m.entry(key.clone()).or_insert_with(|| Entry {
                cached: None,
                lock: Arc::new(KeyLock { last: Mutex::new(None), generation: AtomicU64::new(0) }),
            });
            Arc::clone(&entry.lock)
        };
        let seen = kl.generation.load(Ordering::SeqCst);
        let mut last = kl.last.lock().unwrap_or_else(|e| e.into_inner());
        if kl.generation.load(Ordering::SeqCst) != seen {
            if let Some(v) = last.as_ref() {
                return v.clone();
            }
        }
        {
            let m = self.map.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(v) = self.cached_fresh(&m, &key) {
                return v;
            }
        }
        let value = loader(&key);
        let at = self.clock.now();
        *last = Some(value.clone());
        kl.generation.fetch_add(1, Ordering::SeqCst);
        if self.ttl > 0 {
            let mut m = self.map.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(e) = m.get_mut(&key) {
                e.cached = Some((value.clone(), at));
            }
        }
        drop(last);
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut m = self.map.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(e) = m.get_mut(key) {
            e.cached = None;
        }
    }
}
