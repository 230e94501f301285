// learner: optimal
// idiom: map of per-key Arc<Cell> (own Mutex + Condvar), loading flag and generation counter, waiters loop on the cell
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
use std::sync::{Condvar, Mutex};

/// Everything known about one key, guarded by the key's own mutex.
struct CellState<V> {
    value: Option<(V, u64)>, // value and the time it stops being fresh
    loading: bool,
    generation: u64,          // bumped every time a load completes
    last_loaded: Option<V>,   // what the most recent load produced (for waiters, even with ttl 0)
}

struct Cell<V> {
    state: Mutex<CellState<V>>,
    changed: Condvar,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    cells: Mutex<HashMap<K, Arc<Cell<V>>>>,
}

struct Unmark<'a, V> {
    cell: &'a Cell<V>,
    armed: bool,
}

impl<V> Drop for Unmark<'_, V> {
    fn drop(&mut self) {
        if self.armed {
            let mut st = self.cell.state.lock().unwrap_or_else(|p| p.into_inner());
            st.loading = false;
            drop(st);
            self.cell.changed.notify_all();
        }
    }
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

    fn cell(&self, key: &K) -> Arc<Cell<V>> {
        let mut cells = self.cells.lock().unwrap();
        if let Some(c) = cells.get(key) {
            return Arc::clone(c);
        }
        let c = Arc::new(Cell {
            state: Mutex::new(CellState { value: None, loading: false, generation: 0, last_loaded: None }),
            changed: Condvar::new(),
        });
        cells.insert(key.clone(), Arc::clone(&c));
        c
    }

    fn existing(&self, key: &K) -> Option<Arc<Cell<V>>> {
        self.cells.lock().unwrap().get(key).cloned()
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let cell = self.existing(key)?;
        let now = self.clock.now();
        let st = cell.state.lock().unwrap();
        match &st.value {
            Some((v, until)) if now < *until => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let cell = self.cell(&key);
        let mut st = cell.state.lock().unwrap();
        loop {
            if let Some((v, until)) = &st.value {
                if self.clock.now() < *until {
                    return v.clone();
                }
            }
            if !st.loading {
                break;
            }
            let seen = st.generation;
            st = cell.changed.wait_while(st, |s| s.loading).unwrap();
            if st.generation != seen {
                // a load finished while we waited: share its result
                if let Some(v) = &st.last_loaded {
                    return v.clone();
                }
            }
            // otherwise the loader panicked: try again (maybe load ourselves)
        }
        st.loading = true;
        drop(st);

        let mut unmark = Unmark { cell: &cell, armed: true };
        let value = loader(&key);
        let at = self.clock.now();
        let mut st = cell.state.lock().unwrap();
        unmark.armed = false;
        st.value = if self.ttl == 0 { None } else { Some((value.clone(), at.saturating_add(self.ttl))) };
        st.last_loaded = if self.ttl == 0 { Some(value.clone()) } else { None };
        st.generation += 1;
        st.loading = false;
        drop(st);
        cell.changed.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        if let Some(cell) = self.existing(key) {
            cell.state.lock().unwrap().value = None;
        }
    }
}
