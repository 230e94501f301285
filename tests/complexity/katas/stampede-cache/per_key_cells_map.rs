// learner: optimal
// idiom: map of per-key cells (HashMap<K, Arc<KeyCell>>), each with its own Mutex + Condvar, epoch counter so waiters pick up the load they waited for, closure-based reset guard
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};

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


#[derive(Default)]
struct KeyState<V> {
    cached: Option<(V, u64)>, // (value, expires_at)
    loading: bool,
    epoch: u64,               // bumped every time a load finishes (ok or not)
    last_result: Option<V>,   // what the last finished load produced
}

struct KeyCell<V> {
    state: Mutex<KeyState<V>>,
    changed: Condvar,
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    cells: Mutex<HashMap<K, Arc<KeyCell<V>>>>,
}

/// Runs the closure on drop unless disarmed (like a `finally` block).
struct Finally<F: FnMut()> {
    on_drop: Option<F>,
}

impl<F: FnMut()> Drop for Finally<F> {
    fn drop(&mut self) {
        if let Some(mut f) = self.on_drop.take() {
            f();
        }
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    /// An empty cache.
    pub fn new(ttl: u64, clock: C) -> Self {
        Self { ttl, clock, cells: Mutex::new(HashMap::new()) }
    }

    fn cell(&self, key: &K, create: bool) -> Option<Arc<KeyCell<V>>> {
        let mut cells = self.cells.lock().unwrap_or_else(PoisonError::into_inner);
        if create {
            let cell = cells.entry(key.clone()).or_insert_with(|| {
                Arc::new(KeyCell {
                    state: Mutex::new(KeyState { cached: None, loading: false, epoch: 0, last_result: None }),
                    changed: Condvar::new(),
                })
            });
            Some(Arc::clone(cell))
        } else {
            cells.get(key).cloned()
        }
    }

    /// The cached value for `key` if it is fresh; never calls a loader and
    /// never waits for one.
    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        self.cell(key, false).and_then(|cell| {
            let st = cell.state.lock().unwrap_or_else(PoisonError::into_inner);
            st.cached.as_ref().filter(|(_, exp)| now < *exp).map(|(v, _)| v.clone())
        })
    }

    /// The value for `key`: the cached one if fresh, otherwise the result
    /// of `loader`.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let cell = self.cell(&key, true).expect("created above");
        let lock = || cell.state.lock().unwrap_or_else(PoisonError::into_inner);

        let mut st = lock();
        loop {
            let now = self.clock.now();
            if let Some(v) = st.cached.as_ref().filter(|(_, exp)| now < *exp).map(|(v, _)| v.clone()) {
                return v;
            }
            if !st.loading {
                break;
            }
            let waited_for = st.epoch;
            st = cell.changed.wait_while(st, |s| s.loading && s.epoch == waited_for).unwrap_or_else(PoisonError::into_inner);
            if st.epoch != waited_for {
                if let Some(v) = st.last_result.clone() {
                    return v; // the load we waited for succeeded
                }
            }
            // it failed (or was replaced): go round, maybe load it ourselves
        }
        st.loading = true;
        drop(st);

        // if the loader panics, un-stick the key and wake everyone up
        let mut guard = Finally {
            on_drop: Some(|| {
                let mut s = lock();
                s.loading = false;
                s.epoch += 1;
                s.last_result = None;
                drop(s);
                cell.changed.notify_all();
            }),
        };

        let value = loader(&key);
        guard.on_drop = None;
        drop(guard);

        let loaded_at = self.clock.now();
        let mut s = lock();
        s.cached = if self.ttl > 0 { Some((value.clone(), loaded_at.saturating_add(self.ttl))) } else { None };
        s.last_result = Some(value.clone());
        s.loading = false;
        s.epoch += 1;
        drop(s);
        cell.changed.notify_all();
        value
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        if let Some(cell) = self.cell(key, false) {
            cell.state.lock().unwrap_or_else(PoisonError::into_inner).cached = None;
        }
    }
}
