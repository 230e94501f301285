// learner: optimal
// idiom: Raku enthusiast: no condvar at all: every key owns a "turn" Mutex held for the whole load (a per-key lock, like Raku's Lock.protect) and a tiny snapshot Mutex with (value, stamp, generation); poisoning after a panic is simply shrugged off
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
use std::sync::{Mutex, MutexGuard};

fn grab<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

struct Snap<V> {
    val: Option<(V, u64)>,
    gen: u64,
}

#[derive(Default)]
struct KeyCell<V> {
    turn: Mutex<()>,
    snap: Mutex<Option<Snap<V>>>,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    cells: Mutex<HashMap<K, Arc<KeyCell<V>>>>,
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

    fn cell(&self, key: &K) -> Arc<KeyCell<V>> {
        let mut cells = grab(&self.cells);
        match cells.get(key) {
            Some(c) => Arc::clone(c),
            None => Arc::clone(cells.entry(key.clone()).or_insert_with(|| {
                Arc::new(KeyCell { turn: Mutex::new(()), snap: Mutex::new(None) })
            })),
        }
    }

    /// (fresh value if any, generation)
    fn look(&self, cell: &KeyCell<V>) -> (Option<V>, u64) {
        let now = self.clock.now();
        grab(&cell.snap).as_ref().map_or((None, 0), |s| {
            let v = s.val.as_ref().filter(|(_, t)| now < t.saturating_add(self.ttl)).map(|(v, _)| v.clone());
            (v, s.gen)
        })
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let cell = grab(&self.cells).get(key).cloned()?;
        self.look(&cell).0
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let cell = self.cell(&key);
        let (hit, seen) = self.look(&cell);
        if let Some(v) = hit {
            return v;
        }
        let _turn = grab(&cell.turn); // waits while someone else loads this key
        {
            let snap = grab(&cell.snap);
            if let Some(s) = snap.as_ref().filter(|s| s.gen != seen) {
                if let Some((v, _)) = &s.val {
                    return v.clone(); // a load finished while we queued: share it
                }
            }
        }
        if let (Some(v), _) = self.look(&cell) {
            return v;
        }
        let v = loader(&key);
        let t = self.clock.now();
        let mut snap = grab(&cell.snap);
        let gen = snap.as_ref().map_or(0, |s| s.gen) + 1;
        *snap = Some(Snap { val: Some((v.clone(), t)), gen });
        v
    }

    pub fn invalidate(&self, key: &K) {
        if let Some(cell) = grab(&self.cells).get(key).cloned() {
            if let Some(s) = grab(&cell.snap).as_mut() {
                s.val = None;
            }
        }
    }
}
