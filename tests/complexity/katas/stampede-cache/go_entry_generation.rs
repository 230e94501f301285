// learner: optimal
// idiom: Go-style: map of per-key *entry (Arc<Entry>{sync.Mutex + sync.Cond}), generation counter for finished loads, defer-like guard struct
//! A TTL cache that protects its backend from a cache stampede.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};

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

struct EntryState<V> {
    value: Option<(V, u64)>, // (value, expires_at)
    loading: bool,
    generation: u64,          // bumped by every successful load
    last: Option<V>,          // result of load number `generation`
}

struct Entry<V> {
    mu: Mutex<EntryState<V>>,
    cond: Condvar,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    entries: Mutex<HashMap<K, Arc<Entry<V>>>>,
}

struct Unlocker<'a, V> {
    entry: &'a Entry<V>,
    ok: bool,
}

impl<'a, V> Drop for Unlocker<'a, V> {
    fn drop(&mut self) {
        if !self.ok {
            let mut st = self.entry.mu.lock().unwrap_or_else(PoisonError::into_inner);
            st.loading = false;
            self.entry.cond.notify_all();
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
        StampedeCache { ttl, clock, entries: Mutex::new(HashMap::new()) }
    }

    fn entry(&self, key: &K, create: bool) -> Option<Arc<Entry<V>>> {
        let mut m = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(e) = m.get(key) {
            return Some(e.clone());
        }
        if !create {
            return None;
        }
        let e = Arc::new(Entry {
            mu: Mutex::new(EntryState { value: None, loading: false, generation: 0, last: None }),
            cond: Condvar::new(),
        });
        m.insert(key.clone(), e.clone());
        Some(e)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let e = self.entry(key, false)?;
        let now = self.clock.now();
        let st = e.mu.lock().unwrap_or_else(PoisonError::into_inner);
        match &st.value {
            Some((v, exp)) if now < *exp => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let e = self.entry(&key, true).expect("created");
        let mut st = e.mu.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            let now = self.clock.now();
            if let Some((v, exp)) = &st.value {
                if now < *exp {
                    return v.clone();
                }
            }
            if !st.loading {
                break;
            }
            let waiting_for = st.generation + 1;
            st = e.cond.wait_while(st, |s| s.loading).unwrap_or_else(PoisonError::into_inner);
            if st.generation == waiting_for {
                if let Some(v) = &st.last {
                    return v.clone();
                }
            }
        }
        st.loading = true;
        drop(st);

        let mut guard = Unlocker { entry: &e, ok: false };
        let v = loader(&key);
        guard.ok = true;

        let done = self.clock.now();
        let mut st = e.mu.lock().unwrap_or_else(PoisonError::into_inner);
        st.loading = false;
        st.generation += 1;
        st.last = Some(v.clone());
        st.value = if self.ttl > 0 { Some((v.clone(), done.saturating_add(self.ttl))) } else { None };
        e.cond.notify_all();
        v
    }

    pub fn invalidate(&self, key: &K) {
        if let Some(e) = self.entry(key, false) {
            let mut st = e.mu.lock().unwrap_or_else(PoisonError::into_inner);
            st.value = None;
        }
    }
}
