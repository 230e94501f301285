// learner: optimal
// idiom: std OnceLock per load (get_or_init blocks the other callers and lets a waiter retry after a panic), map lock held only to pick or replace the cell
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
use std::sync::{Mutex, OnceLock};

/// One load of one key: the value and the clock time it was loaded at.
type LoadCell<V> = Arc<OnceLock<(V, u64)>>;

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    cells: Mutex<HashMap<K, LoadCell<V>>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        Self { ttl, clock, cells: Mutex::new(HashMap::new()) }
    }

    fn is_fresh(&self, loaded_at: u64) -> bool {
        self.clock.now() < loaded_at.saturating_add(self.ttl)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let cells = self.cells.lock().unwrap();
        let (value, loaded_at) = cells.get(key)?.get()?;
        self.is_fresh(*loaded_at).then(|| value.clone())
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let cell = {
            let mut cells = self.cells.lock().unwrap();
            let reuse = match cells.get(&key) {
                Some(cell) => match cell.get() {
                    Some((value, loaded_at)) if self.is_fresh(*loaded_at) => return value.clone(),
                    Some(_) => None,              // stale: start a new load
                    None => Some(Arc::clone(cell)), // a load is running: join it
                },
                None => None,
            };
            reuse.unwrap_or_else(|| {
                let fresh = Arc::new(OnceLock::new());
                cells.insert(key.clone(), Arc::clone(&fresh));
                fresh
            })
        };

        // Outside the map lock. Exactly one caller runs its loader; the others
        // block here. If that loader panics, one of the waiters runs its own.
        let (value, _) = cell.get_or_init(|| {
            let value = loader(&key);
            (value, self.clock.now())
        });
        let value = value.clone();

        if self.ttl == 0 {
            let mut cells = self.cells.lock().unwrap();
            if cells.get(&key).is_some_and(|c| Arc::ptr_eq(c, &cell)) {
                cells.remove(&key);
            }
        }
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut cells = self.cells.lock().unwrap();
        // only a finished load is dropped; one in progress keeps running
        if cells.get(key).is_some_and(|c| c.get().is_some()) {
            cells.remove(key);
        }
    }
}
