// learner: slow
// why: StampedeCache::get_or_load and get are O(n) time, target O(1): every call first sweeps the whole map with retain() to evict expired entries
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
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

enum Cell<V> {
    Cached(V, u64),
    InProgress(Arc<Pending<V>>),
}

struct Pending<V> {
    result: Mutex<Option<Result<V, ()>>>,
    cv: Condvar,
}

impl<V: Clone> Pending<V> {
    #[inline]
    fn publish(&self, r: Result<V, ()>) {
        *self.result.lock().unwrap_or_else(PoisonError::into_inner) = Some(r);
        self.cv.notify_all();
    }

    #[inline]
    fn wait(&self) -> Result<V, ()> {
        let g = self.result.lock().unwrap_or_else(PoisonError::into_inner);
        let g = self.cv.wait_while(g, |r| r.is_none()).unwrap_or_else(PoisonError::into_inner);
        g.clone().expect("woken with a result")
    }
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    table: Mutex<HashMap<K, Cell<V>>>,
}

struct Publisher<'a, K: Eq + Hash, V: Clone> {
    table: &'a Mutex<HashMap<K, Cell<V>>>,
    key: &'a K,
    pending: Arc<Pending<V>>,
    armed: bool,
}

impl<K: Eq + Hash, V: Clone> Drop for Publisher<'_, K, V> {
    fn drop(&mut self) {
        if self.armed {
            let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
            if matches!(t.get(self.key), Some(Cell::InProgress(p)) if Arc::ptr_eq(p, &self.pending)) {
                t.remove(self.key);
            }
            drop(t);
            self.pending.publish(Err(()));
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
        StampedeCache { ttl, clock, table: Mutex::new(HashMap::new()) }
    }

    /// Locks the table and evicts everything that has expired, so the map
    /// never holds stale values.
    #[inline]
    fn tidy(&self) -> MutexGuard<'_, HashMap<K, Cell<V>>> {
        let now = self.clock.now();
        let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
        t.retain(|_, c| match c {
            Cell::Cached(_, until) => now < *until,
            Cell::InProgress(_) => true,
        });
        t
    }

    pub fn get(&self, key: &K) -> Option<V> {
        match self.tidy().get(key) {
            Some(Cell::Cached(v, _)) => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let pending = loop {
            let mut t = self.tidy();
            let wait_for = match t.get(&key) {
                Some(Cell::Cached(v, _)) => return v.clone(),
                Some(Cell::InProgress(p)) => Arc::clone(p),
                None => {
                    let p = Arc::new(Pending { result: Mutex::new(None), cv: Condvar::new() });
                    t.insert(key.clone(), Cell::InProgress(Arc::clone(&p)));
                    break p;
                }
            };
            drop(t);
            if let Ok(v) = wait_for.wait() {
                return v;
            }
        };
        let mut publisher = Publisher { table: &self.table, key: &key, pending: Arc::clone(&pending), armed: true };
        let v = loader(&key);
        let t_loaded = self.clock.now();
        publisher.armed = false;
        {
            let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
            if self.ttl > 0 {
                t.insert(key.clone(), Cell::Cached(v.clone(), t_loaded.saturating_add(self.ttl)));
            } else {
                t.remove(&key);
            }
        }
        pending.publish(Ok(v.clone()));
        v
    }

    pub fn invalidate(&self, key: &K) {
        let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(Cell::Cached(..)) = t.get(key) {
            t.remove(key);
        }
    }
}
