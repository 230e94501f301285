// learner: slow
// why: StampedeCache::get_or_load and get are O(n) time, target O(1): every call first sweeps the whole map with retain() to evict expired entries
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

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

enum LoadState<V> {
    Pending,
    Done(V),
    Failed,
}

struct InFlight<V> {
    state: Mutex<LoadState<V>>,
    ready: Condvar,
}

enum Slot<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<InFlight<V>>),
}

fn relock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    table: Mutex<HashMap<K, Slot<V>>>,
}

/// Owned by the caller that runs the loader. Unless `commit` ran, dropping
/// it (normally or while unwinding) clears the Loading slot and marks the
/// load Failed so the waiters retry.
struct LoadTicket<'a, K: Eq + Hash, V> {
    table: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    flight: Arc<InFlight<V>>,
    committed: bool,
}

impl<K: Eq + Hash, V> Drop for LoadTicket<'_, K, V> {
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        {
            let mut table = relock(self.table);
            if let Some(Slot::Loading(f)) = table.get(self.key) {
                if Arc::ptr_eq(f, &self.flight) {
                    table.remove(self.key);
                }
            }
        }
        *relock(&self.flight.state) = LoadState::Failed;
        self.flight.ready.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    /// An empty cache.
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, table: Mutex::new(HashMap::new()) }
    }

    // keep the map tidy: throw away everything that has expired
    fn sweep(table: &mut HashMap<K, Slot<V>>, now: u64) {
        table.retain(|_, slot| match slot {
            Slot::Fresh { expires_at, .. } => now < *expires_at,
            Slot::Loading(_) => true,
        });
    }

    /// The cached value for `key` if it is fresh; never calls a loader and
    /// never waits for one.
    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let mut table = relock(&self.table);
        Self::sweep(&mut table, now);
        match table.get(key) {
            Some(Slot::Fresh { value, .. }) => Some(value.clone()),
            _ => None,
        }
    }

    /// The value for `key`: the cached one if fresh, otherwise the result
    /// of `loader`.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let flight = loop {
            let now = self.clock.now();
            let mut table = relock(&self.table);
            Self::sweep(&mut table, now);
            let waiting_on = match table.get(&key) {
                Some(Slot::Fresh { value, expires_at }) if now < *expires_at => return value.clone(),
                Some(Slot::Loading(f)) => Some(Arc::clone(f)),
                Some(Slot::Fresh { .. }) | None => None,
            };
            match waiting_on {
                Some(f) => {
                    drop(table);
                    let state = relock(&f.state);
                    let state = f
                        .ready
                        .wait_while(state, |s| matches!(s, LoadState::Pending))
                        .unwrap_or_else(PoisonError::into_inner);
                    match &*state {
                        LoadState::Done(v) => return v.clone(),
                        LoadState::Failed => continue, // loader panicked: try again
                        LoadState::Pending => unreachable!(),
                    }
                }
                None => {
                    let f = Arc::new(InFlight { state: Mutex::new(LoadState::Pending), ready: Condvar::new() });
                    table.insert(key.clone(), Slot::Loading(Arc::clone(&f)));
                    break f;
                }
            }
        };

        let mut ticket = LoadTicket { table: &self.table, key: &key, flight: Arc::clone(&flight), committed: false };
        let value = loader(&key);
        let loaded_at = self.clock.now();
        {
            let mut table = relock(&self.table);
            if self.ttl == 0 {
                table.remove(&key);
            } else {
                let expires_at = loaded_at.saturating_add(self.ttl);
                table.insert(key.clone(), Slot::Fresh { value: value.clone(), expires_at });
            }
        }
        *relock(&flight.state) = LoadState::Done(value.clone());
        flight.ready.notify_all();
        ticket.committed = true;
        value
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let mut table = relock(&self.table);
        if let Some(Slot::Fresh { .. }) = table.get(key) {
            table.remove(key);
        }
    }
}
