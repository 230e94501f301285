// learner: optimal
// idiom: NumPy-ish "split the array into shards": 16 hash-selected shards, each holding two parallel maps (values / in-flight loads); Option<Option<V>> as the flight result; panic handled with catch_unwind + resume_unwind
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Condvar, Mutex, PoisonError};
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

const SHARDS: usize = 16;

/// None = still loading, Some(None) = loader panicked, Some(Some(v)) = loaded.
type Flight<V> = Arc<(Mutex<Option<Option<V>>>, Condvar)>;

struct Shard<K, V> {
    values: HashMap<K, (V, u64)>,
    loading: HashMap<K, Flight<V>>,
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    hasher: RandomState,
    shards: Vec<Mutex<Shard<K, V>>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        let shards = (0..SHARDS)
            .map(|_| Mutex::new(Shard { values: HashMap::new(), loading: HashMap::new() }))
            .collect();
        StampedeCache { ttl, clock, hasher: RandomState::new(), shards }
    }

    fn shard(&self, key: &K) -> std::sync::MutexGuard<'_, Shard<K, V>> {
        let idx = (self.hasher.hash_one(key) as usize) % SHARDS;
        self.shards[idx].lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let shard = self.shard(key);
        shard.values.get(key).filter(|(_, exp)| now < *exp).map(|(v, _)| v.clone())
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mine: Flight<V> = loop {
            let mut shard = self.shard(&key);
            let now = self.clock.now();
            if let Some((v, exp)) = shard.values.get(&key) {
                if now < *exp {
                    return v.clone();
                }
            }
            let other = shard.loading.get(&key).cloned();
            if let Some(flight) = other {
                drop(shard);
                let (m, cv) = &*flight;
                let done = cv
                    .wait_while(m.lock().unwrap_or_else(PoisonError::into_inner), |r| r.is_none())
                    .unwrap_or_else(PoisonError::into_inner);
                match &*done {
                    Some(Some(v)) => return v.clone(),
                    _ => continue,
                }
            }
            let flight: Flight<V> = Arc::new((Mutex::new(None), Condvar::new()));
            shard.loading.insert(key.clone(), Arc::clone(&flight));
            shard.values.remove(&key);
            break flight;
        };

        let result = panic::catch_unwind(AssertUnwindSafe(|| loader(&key)));
        let stamp = self.clock.now();
        {
            let mut shard = self.shard(&key);
            shard.loading.remove(&key);
            if let Ok(v) = &result {
                if self.ttl > 0 {
                    shard.values.insert(key.clone(), (v.clone(), stamp.saturating_add(self.ttl)));
                }
            }
        }
        let published = result.as_ref().ok().cloned();
        *mine.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(published);
        mine.1.notify_all();
        match result {
            Ok(v) => v,
            Err(payload) => panic::resume_unwind(payload),
        }
    }

    pub fn invalidate(&self, key: &K) {
        self.shard(key).values.remove(key);
    }
}
