// learner: optimal
// idiom: Mathematica / Wolfram Language user: a single Association key -> Fresh[value, expiry, gen] | Loading[gen] under one Mutex, and one Condvar for the whole cache; waiters re-check their own key by generation number after each wake-up
// why: each call does O(1) expected map operations per pass; the loader runs outside the lock so other keys proceed; waiters block on the Condvar (no polling); O(1) extra per call

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
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

#[derive(Clone, Copy, PartialEq, Eq)]
struct Gen(u64);

enum Slot<V> {
    Fresh { value: V, expires_at: u64, made_by: Gen },
    Loading(Gen),
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    table: Mutex<HashMap<K, Slot<V>>>,
    wake: Condvar,
    next_gen: AtomicU64,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    /// An empty cache.
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, table: Mutex::new(HashMap::new()), wake: Condvar::new(), next_gen: AtomicU64::new(1) }
    }

    fn table(&self) -> MutexGuard<'_, HashMap<K, Slot<V>>> {
        self.table.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The cached value for `key` if it is fresh; never loads, never waits.
    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        self.table().get(key).and_then(|slot| match slot {
            Slot::Fresh { value, expires_at, .. } if now < *expires_at => Some(value.clone()),
            _ => None,
        })
    }

    /// The value for `key`: cached if fresh, otherwise one shared call of `loader`.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut table = self.table();
        let mut awaited: Option<Gen> = None;
        let mine = loop {
            let now = self.clock.now();
            let seen = match table.get(&key) {
                Some(Slot::Fresh { value, expires_at, .. }) if now < *expires_at => return value.clone(),
                Some(Slot::Fresh { value, made_by, .. }) if awaited == Some(*made_by) => return value.clone(),
                Some(Slot::Loading(g)) => Some(*g),
                _ => None,
            };
            match seen {
                Some(g) => {
                    awaited = Some(g);
                    table = self.wake.wait(table).unwrap_or_else(PoisonError::into_inner);
                }
                None => {
                    let g = Gen(self.next_gen.fetch_add(1, Ordering::Relaxed));
                    table.insert(key.clone(), Slot::Loading(g));
                    break g;
                }
            }
        };
        drop(table);

        // On unwinding: forget our Loading slot and wake everybody so one of them retries.
        struct Abandon<'a, K: Eq + Hash, V> {
            table: &'a Mutex<HashMap<K, Slot<V>>>,
            wake: &'a Condvar,
            key: &'a K,
            ticket: Gen,
            armed: bool,
        }
        impl<K: Eq + Hash, V> Drop for Abandon<'_, K, V> {
            fn drop(&mut self) {
                if self.armed {
                    let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
                    if matches!(t.get(self.key), Some(Slot::Loading(g)) if *g == self.ticket) {
                        t.remove(self.key);
                    }
                    self.wake.notify_all();
                }
            }
        }

        let mut abandon = Abandon { table: &self.table, wake: &self.wake, key: &key, ticket: mine, armed: true };
        let value = loader(&key);
        abandon.armed = false;
        drop(abandon);
        let expires_at = self.clock.now().saturating_add(self.ttl);
        let mut table = self.table();
        if matches!(table.get(&key), Some(Slot::Loading(g)) if *g == mine) {
            table.insert(key, Slot::Fresh { value: value.clone(), expires_at, made_by: mine });
        }
        self.wake.notify_all();
        value
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let mut table = self.table();
        if let Some(Slot::Fresh { .. }) = table.get(key) {
            table.remove(key);
        }
    }
}
