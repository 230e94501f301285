// learner: optimal
// idiom: per-key Arc<KeyEntry> kept in the map; the map lock only finds the entry, a per-key load mutex (never shared across keys) serialises loads, generation counter lets waiters share a load even with ttl 0
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
use std::sync::{Mutex, MutexGuard, PoisonError};

#[derive(Default)]
struct Cached<V> {
    value: Option<V>,
    expires_at: u64,
    /// Incremented by every finished load.
    generation: u64,
}

struct KeyEntry<V> {
    cached: Mutex<Cached<V>>,
    /// Held for the duration of a load of this key only.
    loading: Mutex<()>,
}

impl<V> Default for KeyEntry<V> {
    fn default() -> Self {
        KeyEntry {
            cached: Mutex::new(Cached { value: None, expires_at: 0, generation: 0 }),
            loading: Mutex::new(()),
        }
    }
}

fn relock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    entries: Mutex<HashMap<K, Arc<KeyEntry<V>>>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, entries: Mutex::new(HashMap::new()) }
    }

    fn entry(&self, key: &K) -> Arc<KeyEntry<V>> {
        let mut map = relock(&self.entries);
        if let Some(e) = map.get(key) {
            return Arc::clone(e);
        }
        let e = Arc::new(KeyEntry::default());
        map.insert(key.clone(), Arc::clone(&e));
        e
    }

    fn peek(&self, entry: &KeyEntry<V>) -> Result<V, u64> {
        let cached = relock(&entry.cached);
        match &cached.value {
            Some(v) if self.clock.now() < cached.expires_at => Ok(v.clone()),
            _ => Err(cached.generation),
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let entry = relock(&self.entries).get(key).cloned()?;
        self.peek(&entry).ok()
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let entry = self.entry(&key);
        let seen_generation = match self.peek(&entry) {
            Ok(v) => return v,
            Err(g) => g,
        };
        // Waits here while another caller loads this key (and only this key).
        // A panicking loader poisons the lock; the state is still consistent.
        let _loading = relock(&entry.loading);
        {
            let cached = relock(&entry.cached);
            if cached.generation != seen_generation {
                // Someone finished a load while we waited: share its result.
                if let Some(v) = &cached.value {
                    return v.clone();
                }
            }
        }
        if let Ok(v) = self.peek(&entry) {
            return v;
        }
        let value = loader(&key);
        let mut cached = relock(&entry.cached);
        cached.value = Some(value.clone());
        cached.expires_at = self.clock.now().saturating_add(self.ttl);
        cached.generation += 1;
        value
    }

    pub fn invalidate(&self, key: &K) {
        let entry = relock(&self.entries).get(key).cloned();
        if let Some(entry) = entry {
            let mut cached = relock(&entry.cached);
            cached.expires_at = 0;
        }
    }
}
