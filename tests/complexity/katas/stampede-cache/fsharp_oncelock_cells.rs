// learner: optimal
// idiom: F#-style "lazy value" per key: Arc<OnceLock<(V, expiry)>> cells in the map, get_or_init does the coalescing, Option combinators for freshness

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

    fn fresh(cell: &Cell<V>, now: u64) -> Option<V> {
        cell.get().filter(|(_, until)| now < *until).map(|(v, _)| v.clone())
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        self.cells.lock().unwrap().get(key).and_then(|c| Self::fresh(c, now))
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let now = self.clock.now();
        let cell: Cell<V> = {
            let mut cells = self.cells.lock().unwrap();
            match cells.get(&key) {
                // a value, still fresh
                Some(c) if c.get().is_some_and(|(_, until)| now < *until) => {
                    return Self::fresh(c, now).expect("checked fresh above");
                }
                // a load in flight: join it
                Some(c) if c.get().is_none() => Arc::clone(c),
                // stale or absent: start a new cell
                _ => {
                    let c: Cell<V> = Arc::new(OnceLock::new());
                    cells.insert(key.clone(), Arc::clone(&c));
                    c
                }
            }
        };
        // Concurrent callers block inside get_or_init; if the running init panics,
        // one of them runs its own loader on the same cell.
        let (value, _) = cell.get_or_init(|| {
            let v = loader(&key);
            (v, self.clock.now().saturating_add(self.ttl))
        });
        value.clone()
    }

    pub fn invalidate(&self, key: &K) {
        let mut cells = self.cells.lock().unwrap();
        let loaded = cells.get(key).map_or(false, |c| c.get().is_some());
        if loaded {
            cells.remove(key);
        }
    }
}
