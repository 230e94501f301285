// learner: optimal
// idiom: embedded C style: one Arc<KeyCell> per key with its own Mutex + Condvar, mode as u8 constants, epoch counter so waiters know a load finished, while-wait loops, armed/disarmed Drop guard
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard};
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

const IDLE: u8 = 0;
const BUSY: u8 = 1;

/// Per-key state, guarded by the key's own mutex.
struct KeyState<V> {
    mode: u8,
    value: Option<V>,
    expires: u64,
    epoch: u64,
    last_result: Option<V>, // what the last finished load produced (None: it panicked)
}

struct KeyCell<V> {
    st: Mutex<KeyState<V>>,
    cv: Condvar,
}

fn relock<'a, T>(r: std::sync::LockResult<MutexGuard<'a, T>>) -> MutexGuard<'a, T> {
    r.unwrap_or_else(|e| e.into_inner())
}

/// Marks the cell idle again if the loader unwinds.
struct Unbusy<'a, V> {
    cell: &'a KeyCell<V>,
    armed: bool,
}

impl<'a, V> Drop for Unbusy<'a, V> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let mut st = relock(self.cell.st.lock());
        st.mode = IDLE;
        st.epoch = st.epoch.wrapping_add(1);
        st.last_result = None;
        self.cell.cv.notify_all();
    }
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
        let mut cells = relock(self.cells.lock());
        if let Some(c) = cells.get(key) {
            return Arc::clone(c);
        }
        let c = Arc::new(KeyCell {
            st: Mutex::new(KeyState { mode: IDLE, value: None, expires: 0, epoch: 0, last_result: None }),
            cv: Condvar::new(),
        });
        cells.insert(key.clone(), Arc::clone(&c));
        c
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let cell = {
            let cells = relock(self.cells.lock());
            Arc::clone(cells.get(key)?)
        };
        let st = relock(cell.st.lock());
        if st.value.is_some() && self.clock.now() < st.expires {
            return st.value.clone();
        }
        None
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let cell = self.cell(&key);
        let mut st = relock(cell.st.lock());
        loop {
            if st.value.is_some() && self.clock.now() < st.expires {
                return st.value.clone().unwrap();
            }
            if st.mode == IDLE {
                break;
            }
            let seen = st.epoch;
            while st.mode == BUSY && st.epoch == seen {
                st = relock(cell.cv.wait(st));
            }
            if st.epoch != seen {
                if let Some(v) = &st.last_result {
                    return v.clone();
                }
            }
        }
        st.mode = BUSY;
        drop(st);

        let mut guard = Unbusy { cell: &cell, armed: true };
        let v = loader(&key);
        let t = self.clock.now();
        guard.armed = false;

        let mut st = relock(cell.st.lock());
        st.mode = IDLE;
        st.epoch = st.epoch.wrapping_add(1);
        st.last_result = Some(v.clone());
        if self.ttl > 0 {
            st.value = Some(v.clone());
            st.expires = t.saturating_add(self.ttl);
        } else {
            st.value = None;
        }
        cell.cv.notify_all();
        v
    }

    pub fn invalidate(&self, key: &K) {
        let cell = {
            let cells = relock(self.cells.lock());
            match cells.get(key) {
                Some(c) => Arc::clone(c),
                None => return,
            }
        };
        let mut st = relock(cell.st.lock());
        st.value = None;
    }
}
