// learner: optimal
// idiom: single-flight through std's OnceLock: the map maps a key to an Arc<OnceLock<(V, loaded_at)>>; get_or_init blocks concurrent callers and, if the loader panics, leaves the cell empty so a waiter initialises it; a stale cell is swapped for a new one. O(1) map operations
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

type Cell<V> = Arc<OnceLock<(V, u64)>>;

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    cells: Mutex<HashMap<K, Cell<V>>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, cells: Mutex::new(HashMap::new()) }
    }

    fn fresh(&self, loaded_at: u64) -> bool {
        self.clock.now() < loaded_at.saturating_add(self.ttl)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let cells = self.cells.lock().unwrap_or_else(|e| e.into_inner());
        let (v, at) = cells.get(key)?.get()?;
        self.fresh(*at).then(|| v.clone())
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let cell = {
            let mut cells = self.cells.lock().unwrap_or_else(|e| e.into_inner());
            let cell = cells.entry(key.clone()).or_insert_with(|| Arc::new(OnceLock::new()));
            match cell.get() {
                Some((v, at)) if self.fresh(*at) => return v.clone(),
                Some(_) => *cell = Arc::new(OnceLock::new()), // expired: start a new load
                None => {}                                    // loading (or a failed load): join it
            }
            Arc::clone(cell)
        };
        // Outside the map lock: other keys are not held up.
        let (v, _) = cell.get_or_init(|| {
            let v = loader(&key);
            (v, self.clock.now())
        });
        v.clone()
    }

    pub fn invalidate(&self, key: &K) {
        let mut cells = self.cells.lock().unwrap_or_else(|e| e.into_inner());
        // only a finished value is dropped; a load in progress keeps its cell
        if cells.get(key).is_some_and(|c| c.get().is_some()) {
            cells.remove(key);
        }
    }
}
