// learner: optimal
// idiom: Nix: one small record per key `{ cell; turn; }` found through the global attrset, then only that key's locks are used; a `loads` generation counter tells a waiter "somebody already evaluated this for you"
// why: the global map lock is held for one O(1) expected lookup; the loader runs under the key's own `turn` lock (other keys are untouched); waiters block on that lock, no polling

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

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

struct Cell<V> {
    /// the last loaded value (kept even when expired, so waiters can share it)
    value: Option<V>,
    expires_at: u64,
    /// how many loads finished so far
    loads: u64,
}

struct Entry<V> {
    cell: Mutex<Cell<V>>,
    /// held by whoever is running the loader for this key
    turn: Mutex<()>,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    entries: Mutex<HashMap<K, Arc<Entry<V>>>>,
}

fn grab<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    match m.lock() {
        Ok(g) => g,
        Err(poisoned) => poisoned.into_inner(), // a loader panicked: its state is still consistent
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, entries: Mutex::new(HashMap::new()) }
    }

    fn fresh(&self, cell: &Cell<V>) -> Option<V> {
        match &cell.value {
            Some(v) if self.clock.now() < cell.expires_at => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let entry = grab(&self.entries).get(key).cloned()?;
        let cell = grab(&entry.cell);
        self.fresh(&cell)
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let entry = {
            let mut entries = grab(&self.entries);
            Arc::clone(entries.entry(key.clone()).or_insert_with(|| {
                Arc::new(Entry {
                    cell: Mutex::new(Cell { value: None, expires_at: 0, loads: 0 }),
                    turn: Mutex::new(()),
                })
            }))
        };

        let seen = {
            let cell = grab(&entry.cell);
            if let Some(v) = self.fresh(&cell) {
                return v;
            }
            cell.loads
        };

        // wait for our turn; if someone loaded meanwhile, share their result
        let _turn = grab(&entry.turn);
        {
            let cell = grab(&entry.cell);
            if let Some(v) = self.fresh(&cell) {
                return v;
            }
            if cell.loads != seen {
                if let Some(v) = &cell.value {
                    return v.clone();
                }
            }
        }

        let value = loader(&key); // a panic unwinds here and poisons only `turn`
        let stored_at = self.clock.now();
        {
            let mut cell = grab(&entry.cell);
            cell.value = Some(value.clone());
            cell.expires_at = stored_at.saturating_add(self.ttl);
            cell.loads += 1;
        }
        value
    }

    pub fn invalidate(&self, key: &K) {
        let entry = grab(&self.entries).get(key).cloned();
        if let Some(entry) = entry {
            grab(&entry.cell).value = None;
        }
    }
}
