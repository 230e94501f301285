// learner: optimal
// idiom: 16 mutex-striped shards chosen by hashing the key, (Progress, Option<V>) tuple state, Drop guard, continue-driven loop
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

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::Hasher;
use std::sync::{Condvar, Mutex, MutexGuard};

const SHARDS: usize = 16;

#[derive(PartialEq)]
enum Progress {
    Running,
    Finished,
    Crashed,
}

struct Load<V> {
    inner: Mutex<(Progress, Option<V>)>,
    cv: Condvar,
}

enum Item<V> {
    Cached { v: V, dies_at: u64 },
    Loading(Arc<Load<V>>),
}

type Shard<K, V> = Mutex<HashMap<K, Item<V>>>;

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    shards: Vec<Shard<K, V>>,
}

struct OnUnwind<'a, K: Eq + Hash, V> {
    shard: &'a Shard<K, V>,
    key: &'a K,
    load: Arc<Load<V>>,
    done: bool,
}

impl<'a, K: Eq + Hash, V> Drop for OnUnwind<'a, K, V> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        {
            let mut m = self.shard.lock().unwrap_or_else(|e| e.into_inner());
            let remove = match m.get(self.key) {
                Some(Item::Loading(l)) => Arc::ptr_eq(l, &self.load),
                _ => false,
            };
            if remove {
                m.remove(self.key);
            }
        }
        let mut st = self.load.inner.lock().unwrap_or_else(|e| e.into_inner());
        st.0 = Progress::Crashed;
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
        let shards = (0..SHARDS).map(|_| Mutex::new(HashMap::new())).collect();
        StampedeCache { ttl, clock, shards }
    }

    fn shard(&self, key: &K) -> &Shard<K, V> {
        let mut h = DefaultHasher::new();
        key.hash(&mut h);
        &self.shards[(h.finish() as usize) % SHARDS]
    }

    fn lock<'s>(&self, shard: &'s Shard<K, V>) -> MutexGuard<'s, HashMap<K, Item<V>>> {
        shard.lock().unwrap()
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let map = self.lock(self.shard(key));
        match map.get(key)? {
            Item::Cached { v, dies_at } if now < *dies_at => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let shard = self.shard(&key);
        let mut loader = Some(loader);
        loop {
            let now = self.clock.now();
            let mut map = self.lock(shard);
            let waiting_on = match map.get(&key) {
                Some(Item::Cached { v, dies_at }) if now < *dies_at => return v.clone(),
                Some(Item::Loading(l)) => Some(Arc::clone(l)),
                _ => None,
            };
            if let Some(load) = waiting_on {
                drop(map);
                let st = load.inner.lock().unwrap();
                let st = load.cv.wait_while(st, |s| s.0 == Progress::Running).unwrap();
                if st.0 == Progress::Finished {
                    return st.1.clone().unwrap();
                }
                continue;
            }
            let load = Arc::new(Load { inner: Mutex::new((Progress::Running, None)), cv: Condvar::new() });
            map.insert(key.clone(), Item::Loading(Arc::clone(&load)));
            drop(map);

            let mut guard = OnUnwind { shard, key: &key, load: Arc::clone(&load), done: false };
            let value = (loader.take().unwrap())(&key);
            let stamp = self.clock.now();
            {
                let mut map = self.lock(shard);
                if self.ttl == 0 {
                    map.remove(&key);
                } else {
                    map.insert(key.clone(), Item::Cached { v: value.clone(), dies_at: stamp.saturating_add(self.ttl) });
                }
            }
            {
                let mut st = load.inner.lock().unwrap();
                *st = (Progress::Finished, Some(value.clone()));
            }
            load.cv.notify_all();
            guard.done = true;
            return value;
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = self.lock(self.shard(key));
        if let Some(Item::Cached { .. }) = map.get(key) {
            map.remove(key);
        }
    }
}
