// learner: optimal
// idiom: Raku-flavoured minimalism: each key maps to an Arc<OnceLock<(V, expiry)>>; get_or_init does the coalescing, waiting and panic retry
//! A TTL cache that coalesces concurrent misses.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

/// A source of "now", in whatever unit the TTL uses (say, milliseconds).
pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

/// A clock that only moves when told to. Tests use it instead of real time.
#[derive(Debug, Default)]
pub struct ManualClock {
    now: AtomicU64,
}

impl ManualClock {
    pub fn new(start: u64) -> Self {
        ManualClock { now: AtomicU64::new(start) }
    }

    pub fn advance(&self, by: u64) {
        self.now.fetch_add(by, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> u64 {
        self.now.load(Ordering::SeqCst)
    }
}

impl<C: Clock + ?Sized> Clock for Arc<C> {
    fn now(&self) -> u64 {
        (**self).now()
    }
}

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

    fn fresh(&self, cell: &OnceLock<(V, u64)>) -> Option<V> {
        cell.get()
            .filter(|(_, until)| self.clock.now() < *until)
            .map(|(v, _)| v.clone())
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let cells = self.cells.lock().unwrap_or_else(|p| p.into_inner());
        cells.get(key).and_then(|c| self.fresh(c))
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let cell: Cell<V> = {
            let mut cells = self.cells.lock().unwrap_or_else(|p| p.into_inner());
            let slot = cells.entry(key.clone()).or_default();
            if let Some(v) = self.fresh(slot) {
                return v;
            }
            // loaded but stale: start a new generation; still loading: join it
            if slot.get().is_some() {
                *slot = Cell::default();
            }
            Arc::clone(slot)
        };
        cell.get_or_init(|| {
            let v = loader(&key);
            (v, self.clock.now().saturating_add(self.ttl))
        })
        .0
        .clone()
    }

    pub fn invalidate(&self, key: &K) {
        let mut cells = self.cells.lock().unwrap_or_else(|p| p.into_inner());
        if cells.get(key).is_some_and(|c| c.get().is_some()) {
            cells.remove(key);
        }
    }
}
