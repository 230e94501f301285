// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): every call first sweeps the whole table with retain to evict expired slots
//! A TTL cache that protects its backend from a cache stampede.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

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

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Pending,
    Done,
    Failed,
}

struct Cell<V> {
    phase: Phase,
    value: Option<V>,
}

struct Load<V> {
    cell: Mutex<Cell<V>>,
    signal: Condvar,
}

enum Slot<V> {
    Fresh { value: V, expires: u64 },
    InFlight(Arc<Load<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    table: Mutex<HashMap<K, Slot<V>>>,
}

struct Abort<'a, K: Eq + Hash, V> {
    table: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    load: &'a Arc<Load<V>>,
    armed: bool,
}

impl<'a, K: Eq + Hash, V> Drop for Abort<'a, K, V> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
        if matches!(t.get(self.key), Some(Slot::InFlight(l)) if Arc::ptr_eq(l, self.load)) {
            t.remove(self.key);
        }
        drop(t);
        let mut c = self.load.cell.lock().unwrap_or_else(PoisonError::into_inner);
        c.phase = Phase::Failed;
        self.load.signal.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, table: Mutex::new(HashMap::new()) }
    }

    /// Locks the table and evicts every expired slot, so memory never holds dead values.
    fn swept(&self, now: u64) -> MutexGuard<'_, HashMap<K, Slot<V>>> {
        let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
        t.retain(|_, s| match s {
            Slot::Fresh { expires, .. } => now < *expires,
            Slot::InFlight(_) => true,
        });
        t
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
        match t.get(key) {
            Some(Slot::Fresh { value, expires }) if now < *expires => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            let now = self.clock.now();
            let mut t = self.swept(now);
            let load = match t.get(&key) {
                Some(Slot::Fresh { value, .. }) => return value.clone(),
                Some(Slot::InFlight(l)) => {
                    let l = Arc::clone(l);
                    drop(t);
                    let c = l.cell.lock().unwrap_or_else(PoisonError::into_inner);
                    let c = l.signal.wait_while(c, |c| c.phase == Phase::Pending).unwrap_or_else(PoisonError::into_inner);
                    if c.phase == Phase::Done {
                        if let Some(v) = &c.value {
                            return v.clone();
                        }
                    }
                    continue;
                }
                None => {
                    let l = Arc::new(Load { cell: Mutex::new(Cell { phase: Phase::Pending, value: None }), signal: Condvar::new() });
                    t.insert(key.clone(), Slot::InFlight(Arc::clone(&l)));
                    l
                }
            };
            drop(t);
            let mut abort = Abort { table: &self.table, key: &key, load: &load, armed: true };
            let value = (loader.take().expect("one load per call"))(&key);
            abort.armed = false;
            let expires = self.clock.now().saturating_add(self.ttl);
            {
                let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
                if self.ttl == 0 {
                    t.remove(&key);
                } else {
                    t.insert(key.clone(), Slot::Fresh { value: value.clone(), expires });
                }
            }
            let mut c = load.cell.lock().unwrap_or_else(PoisonError::into_inner);
            c.phase = Phase::Done;
            c.value = Some(value.clone());
            load.signal.notify_all();
            return value;
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(Slot::Fresh { .. }) = t.get(key) {
            t.remove(key);
        }
    }
}
