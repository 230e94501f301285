// learner: optimal
// idiom: std OnceLock per load: the map holds Arc<OnceLock<(V, loaded_at)>>, get_or_init does the coalescing and the panic retry
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::marker::PhantomData;
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
        Self { ttl, clock, cells: Mutex::new(HashMap::new()) }
    }

    fn is_fresh(&self, loaded_at: u64) -> bool {
        self.clock.now() - loaded_at < self.ttl
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let cells = self.cells.lock().unwrap_or_else(|e| e.into_inner());
        cells
            .get(key)
            .and_then(|cell| cell.get())
            .filter(|(_, at)| self.is_fresh(*at))
            .map(|(v, _)| v.clone())
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let cell: Cell<V> = {
            let mut cells = self.cells.lock().unwrap_or_else(|e| e.into_inner());
            let cell = cells.entry(key.clone()).or_default();
            match cell.get() {
                Some((v, at)) if self.is_fresh(*at) => return v.clone(),
                // stale: start a fresh cell for this round of loading
                Some(_) => *cell = Cell::default(),
                // empty: a load is in flight (or about to be), join it
                None => {}
            }
            Arc::clone(cell)
        };
        // blocks while another caller initialises; if that loader panics,
        // the cell stays empty and one of the waiters runs its own loader
        let (value, _) = cell.get_or_init(|| {
            let v = loader(&key);
            (v, self.clock.now())
        });
        value.clone()
    }

    pub fn invalidate(&self, key: &K) {
        let mut cells = self.cells.lock().unwrap_or_else(|e| e.into_inner());
        if cells.get(key).is_some_and(|cell| cell.get().is_some()) {
            cells.remove(key);
        }
    }
}
