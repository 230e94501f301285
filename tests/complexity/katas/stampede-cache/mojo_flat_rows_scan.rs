// learner: slow
// idiom: Mojo: a flat Vec of (key, slot) rows searched linearly ("tiny table, a scan is cache-friendly"), per-row in-flight latch with Condvar
// why: every get/get_or_load/invalidate scans the rows to find the key: O(n) per call in the number of cached keys, not O(1) expected

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

use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

enum Flight<V> {
    Loading,
    Done(V),
    Failed,
}

type Latch<V> = Arc<(Mutex<Flight<V>>, Condvar)>;

enum Slot<V> {
    Fresh(V, u64),
    Loading(Latch<V>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    rows: Mutex<Vec<(K, Slot<V>)>>,
}

#[inline(always)]
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

#[inline(always)]
fn find<K: Eq, V>(rows: &[(K, Slot<V>)], key: &K) -> Option<usize> {
    let mut i = 0;
    while i < rows.len() {
        if rows[i].0 == *key {
            return Some(i);
        }
        i += 1;
    }
    None
}

struct Cleanup<'a, K: Eq, V> {
    rows: &'a Mutex<Vec<(K, Slot<V>)>>,
    key: &'a K,
    latch: &'a Latch<V>,
    armed: bool,
}

impl<K: Eq, V> Drop for Cleanup<'_, K, V> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        {
            let mut rows = lock(self.rows);
            if let Some(i) = find(&rows, self.key) {
                rows.swap_remove(i);
            }
        }
        *lock(&self.latch.0) = Flight::Failed;
        self.latch.1.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, rows: Mutex::new(Vec::new()) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let rows = lock(&self.rows);
        let i = find(&rows, key)?;
        match &rows[i].1 {
            Slot::Fresh(v, until) if self.clock.now() < *until => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let latch: Latch<V> = loop {
            let mut rows = lock(&self.rows);
            let at = find(&rows, &key);
            let mut wait: Option<Latch<V>> = None;
            if let Some(i) = at {
                match &rows[i].1 {
                    Slot::Fresh(v, until) if self.clock.now() < *until => return v.clone(),
                    Slot::Loading(l) => wait = Some(Arc::clone(l)),
                    Slot::Fresh(..) => {}
                }
            }
            if let Some(l) = wait {
                drop(rows);
                let st = l.1.wait_while(lock(&l.0), |s| matches!(s, Flight::Loading)).unwrap_or_else(PoisonError::into_inner);
                if let Flight::Done(v) = &*st {
                    return v.clone();
                }
                continue;
            }
            let l: Latch<V> = Arc::new((Mutex::new(Flight::Loading), Condvar::new()));
            match at {
                Some(i) => rows[i].1 = Slot::Loading(Arc::clone(&l)),
                None => rows.push((key.clone(), Slot::Loading(Arc::clone(&l)))),
            }
            break l;
        };

        let mut cleanup = Cleanup { rows: &self.rows, key: &key, latch: &latch, armed: true };
        let v = loader(&key);
        cleanup.armed = false;
        drop(cleanup);

        let t = self.clock.now();
        {
            let mut rows = lock(&self.rows);
            if let Some(i) = find(&rows, &key) {
                if self.ttl > 0 {
                    rows[i].1 = Slot::Fresh(v.clone(), t.saturating_add(self.ttl));
                } else {
                    rows.swap_remove(i);
                }
            }
        }
        *lock(&latch.0) = Flight::Done(v.clone());
        latch.1.notify_all();
        v
    }

    pub fn invalidate(&self, key: &K) {
        let mut rows = lock(&self.rows);
        if let Some(i) = find(&rows, key) {
            if let Slot::Fresh(..) = rows[i].1 {
                rows.swap_remove(i);
            }
        }
    }
}
