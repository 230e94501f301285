// learner: optimal
// idiom: Mathematica / Wolfram Language user: the map only hands out a per-key Arc<Entry>; each entry is a small state machine (Empty | Loading[gen] | Ready[value, expiry, gen]) with its own Mutex + Condvar, driven by a match loop
// why: one HashMap entry() call per operation, O(1) expected; then O(1) work on that key's own lock; the loader runs with no lock held, so other keys never wait; O(1) extra per call

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
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

enum State<V> {
    Empty,
    Loading { generation: u64 },
    Ready { value: V, expires_at: u64, generation: u64 },
}

struct Entry<V> {
    state: Mutex<State<V>>,
    changed: Condvar,
}

impl<V> Entry<V> {
    fn lock(&self) -> MutexGuard<'_, State<V>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    entries: Mutex<HashMap<K, Arc<Entry<V>>>>,
    generations: AtomicU64,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    /// An empty cache.
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, entries: Mutex::new(HashMap::new()), generations: AtomicU64::new(0) }
    }

    fn lookup(&self, key: &K) -> Option<Arc<Entry<V>>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner).get(key).cloned()
    }

    fn entry(&self, key: &K) -> Arc<Entry<V>> {
        let mut map = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        match map.get(key) {
            Some(e) => Arc::clone(e),
            None => {
                let e = Arc::new(Entry { state: Mutex::new(State::Empty), changed: Condvar::new() });
                map.insert(key.clone(), Arc::clone(&e));
                e
            }
        }
    }

    /// The cached value for `key` if it is fresh; never loads, never waits for a load.
    pub fn get(&self, key: &K) -> Option<V> {
        let entry = self.lookup(key)?;
        let now = self.clock.now();
        let state = entry.lock();
        match &*state {
            State::Ready { value, expires_at, .. } if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    /// The value for `key`: cached if fresh, otherwise one shared call of `loader`.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let entry = self.entry(&key);
        let mut state = entry.lock();
        let mut awaited: Option<u64> = None; // the load we are waiting for, if any
        let generation = loop {
            let now = self.clock.now();
            match &*state {
                State::Ready { value, expires_at, .. } if now < *expires_at => return value.clone(),
                State::Ready { value, generation, .. } if awaited == Some(*generation) => return value.clone(),
                State::Loading { generation } => {
                    awaited = Some(*generation);
                    state = entry.changed.wait(state).unwrap_or_else(PoisonError::into_inner);
                }
                _ => {
                    let g = self.generations.fetch_add(1, Ordering::Relaxed);
                    *state = State::Loading { generation: g };
                    break g;
                }
            }
        };
        drop(state);

        // Rolls the entry back to Empty if the loader unwinds.
        struct Rollback<'a, V> {
            entry: &'a Entry<V>,
            armed: bool,
        }
        impl<V> Drop for Rollback<'_, V> {
            fn drop(&mut self) {
                if self.armed {
                    *self.entry.lock() = State::Empty;
                    self.entry.changed.notify_all();
                }
            }
        }

        let mut rollback = Rollback { entry: &entry, armed: true };
        let value = loader(&key);
        rollback.armed = false;
        let expires_at = self.clock.now().saturating_add(self.ttl);
        *entry.lock() = State::Ready { value: value.clone(), expires_at, generation };
        entry.changed.notify_all();
        value
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        if let Some(entry) = self.lookup(key) {
            let mut state = entry.lock();
            if matches!(*state, State::Ready { .. }) {
                *state = State::Empty;
            }
        }
    }
}
