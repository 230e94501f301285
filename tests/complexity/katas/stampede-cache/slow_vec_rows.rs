// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): entries are kept as (key, row) tuples in a Vec and found by a linear position() scan
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

enum Row<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<(Mutex<Option<Option<V>>>, Condvar)>), // None = running, Some(None) = panicked
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    rows: Mutex<Vec<(K, Row<V>)>>,
}

struct OnPanic<'a, K: PartialEq, V> {
    rows: &'a Mutex<Vec<(K, Row<V>)>>,
    key: &'a K,
    sig: &'a Arc<(Mutex<Option<Option<V>>>, Condvar)>,
    done: bool,
}

impl<K: PartialEq, V> Drop for OnPanic<'_, K, V> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        let mut rows = self.rows.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(i) = rows.iter().position(|(k, _)| k == self.key) {
            rows.swap_remove(i);
        }
        drop(rows);
        *self.sig.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(None);
        self.sig.1.notify_all();
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
        let rows = self.rows.lock().unwrap();
        let now = self.clock.now();
        rows.iter().find_map(|(k, row)| match row {
            Row::Fresh { value, expires_at } if k == key && now < *expires_at => Some(value.clone()),
            _ => None,
        })
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let sig = loop {
            let mut rows = self.rows.lock().unwrap();
            let now = self.clock.now();
            let found = rows.iter().position(|(k, _)| *k == key);
            let wait_for = match found.map(|i| &rows[i].1) {
                Some(Row::Fresh { value, expires_at }) if now < *expires_at => return value.clone(),
                Some(Row::Loading(sig)) => Some(Arc::clone(sig)),
                _ => None,
            };
            if let Some(sig) = wait_for {
                drop(rows);
                let done = sig.1.wait_while(sig.0.lock().unwrap(), |s| s.is_none()).unwrap();
                if let Some(Some(v)) = &*done {
                    return v.clone();
                }
                continue;
            }
            let sig = Arc::new((Mutex::new(None), Condvar::new()));
            let row = Row::Loading(Arc::clone(&sig));
            match found {
                Some(i) => rows[i].1 = row,
                None => rows.push((key.clone(), row)),
            }
            break sig;
        };

        let mut guard = OnPanic { rows: &self.rows, key: &key, sig: &sig, done: false };
        let value = loader(&key);
        guard.done = true;
        drop(guard);

        let expires_at = self.clock.now().saturating_add(self.ttl);
        {
            let mut rows = self.rows.lock().unwrap();
            if let Some(i) = rows.iter().position(|(k, _)| *k == key) {
                if self.ttl == 0 {
                    rows.swap_remove(i);
                } else {
                    rows[i].1 = Row::Fresh { value: value.clone(), expires_at };
                }
            }
        }
        *sig.0.lock().unwrap() = Some(Some(value.clone()));
        sig.1.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut rows = self.rows.lock().unwrap();
        if let Some(i) = rows.iter().position(|(k, r)| k == key && matches!(r, Row::Fresh { .. })) {
            rows.swap_remove(i);
        }
    }
}
