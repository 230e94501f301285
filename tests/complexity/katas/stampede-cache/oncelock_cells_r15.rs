// learner: optimal
// idiom: lets std::sync::OnceLock do the coalescing: map of Arc<OnceLock<(value, expiry)>>, a stale cell is swapped for a fresh one; panics leave the cell empty for the next waiter
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

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
        StampedeCache { ttl, clock, cells: Mutex::new(HashMap::new()) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let cells = self.cells.lock().unwrap_or_else(|p| p.into_inner());
        let (v, exp) = cells.get(key)?.get()?;
        if now < *exp { Some(v.clone()) } else { None }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let cell: Cell<V> = {
            let now = self.clock.now();
            let mut cells = self.cells.lock().unwrap_or_else(|p| p.into_inner());
            let slot = cells.entry(key.clone()).or_insert_with(|| Arc::new(OnceLock::new()));
            if let Some((v, exp)) = slot.get() {
                if now < *exp {
                    return v.clone();
                }
                // stale: the next load goes into a brand new cell
                *slot = Arc::new(OnceLock::new());
            }
            Arc::clone(slot)
        };
        // outside the map lock: only callers of this very cell wait here
        let (v, _) = cell.get_or_init(|| {
            let v = loader(&key);
            let expires = self.clock.now().saturating_add(self.ttl);
            (v, expires)
        });
        v.clone()
    }

    pub fn invalidate(&self, key: &K) {
        let mut cells = self.cells.lock().unwrap_or_else(|p| p.into_inner());
        let filled = cells.get(key).map_or(false, |c| c.get().is_some());
        if filled {
            cells.remove(key);
        }
    }
}
