// learner: optimal
// idiom: per-key entries (Arc<Entry> with its own Mutex + Condvar); the map lock only finds or inserts the entry; a `loading` flag plus wait_while on the key's Condvar; a panic guard clears the flag and notify_all; `while` retry loop is O(1) rounds unless a loader panics
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

struct KeyState<V> {
    value: Option<(V, u64)>, // value and expiry time
    loading: bool,
    generation: u64,         // bumped after every finished load, to hand the result to waiters
    last: Option<V>,         // the result of the latest load
}

struct Entry<V> {
    state: Mutex<KeyState<V>>,
    changed: Condvar,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    entries: Mutex<HashMap<K, Arc<Entry<V>>>>,
}

struct Unmark<'a, V> {
    entry: &'a Entry<V>,
    armed: bool,
}

impl<V> Drop for Unmark<'_, V> {
    fn drop(&mut self) {
        if self.armed {
            let mut st = self.entry.state.lock().unwrap_or_else(|e| e.into_inner());
            st.loading = false;
            drop(st);
            self.entry.changed.notify_all();
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
        Self { ttl, clock, entries: Mutex::new(HashMap::new()) }
    }

    fn entry(&self, key: &K) -> Arc<Entry<V>> {
        let mut map = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        Arc::clone(map.entry(key.clone()).or_insert_with(|| {
            Arc::new(Entry {
                state: Mutex::new(KeyState { value: None, loading: false, generation: 0, last: None }),
                changed: Condvar::new(),
            })
        }))
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let entry = self.entries.lock().unwrap_or_else(|e| e.into_inner()).get(key).cloned()?;
        let st = entry.state.lock().unwrap_or_else(|e| e.into_inner());
        match &st.value {
            Some((v, expires)) if self.clock.now() < *expires => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let entry = self.entry(&key);
        let mut st = entry.state.lock().unwrap_or_else(|e| e.into_inner());
        while st.loading {
            let seen = st.generation;
            st = entry.changed.wait_while(st, |s| s.loading).unwrap_or_else(|e| e.into_inner());
            if st.generation != seen {
                // a load finished while we waited: share its result
                return st.last.clone().expect("a finished load leaves its value");
            }
            // the loader panicked; if nobody else took over, we load below
        }
        if let Some((v, expires)) = &st.value {
            if self.clock.now() < *expires {
                return v.clone();
            }
        }
        st.loading = true;
        drop(st);
        let mut unmark = Unmark { entry: &entry, armed: true };
        let value = loader(&key);
        let now = self.clock.now();
        let mut st = entry.state.lock().unwrap_or_else(|e| e.into_inner());
        st.value = if self.ttl > 0 { Some((value.clone(), now.saturating_add(self.ttl))) } else { None };
        st.last = Some(value.clone());
        st.generation += 1;
        st.loading = false;
        unmark.armed = false;
        drop(st);
        entry.changed.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        let entry = self.entries.lock().unwrap_or_else(|e| e.into_inner()).get(key).cloned();
        if let Some(entry) = entry {
            entry.state.lock().unwrap_or_else(|e| e.into_inner()).value = None;
        }
    }
}
