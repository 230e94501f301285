// learner: optimal
// idiom: C++-style per-key entry objects (Arc<Entry> each with its own mutex+condvar, like a shared_ptr<Entry>), a generation counter so waiters accept the load they waited for, RAII guard struct, small #[inline] lock helpers
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
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

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Idle,
    Loading,
}

struct EntryState<V> {
    phase: Phase,
    /// last loaded value with the clock time it expires at
    value: Option<(V, u64)>,
    /// number of loads completed (waiters compare it to see "their" load finish)
    generation: u64,
}

struct Entry<V> {
    state: Mutex<EntryState<V>>,
    changed: Condvar,
}

impl<V> Entry<V> {
    #[inline]
    fn new() -> Self {
        Entry {
            state: Mutex::new(EntryState { phase: Phase::Idle, value: None, generation: 0 }),
            changed: Condvar::new(),
        }
    }

    #[inline]
    fn lock(&self) -> MutexGuard<'_, EntryState<V>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// RAII: if the loader unwinds, put the entry back to Idle and wake the waiters.
struct Unwinding<'a, V> {
    entry: &'a Entry<V>,
    armed: bool,
}

impl<V> Drop for Unwinding<'_, V> {
    fn drop(&mut self) {
        if self.armed {
            let mut st = self.entry.lock();
            st.phase = Phase::Idle;
            drop(st);
            self.entry.changed.notify_all();
        }
    }
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    entries: Mutex<HashMap<K, Arc<Entry<V>>>>,
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

    #[inline]
    fn map(&self) -> MutexGuard<'_, HashMap<K, Arc<Entry<V>>>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    #[inline]
    fn lookup(&self, key: &K) -> Option<Arc<Entry<V>>> {
        self.map().get(key).cloned()
    }

    #[inline]
    fn fresh(&self, st: &EntryState<V>) -> Option<V> {
        match &st.value {
            Some((v, until)) if self.clock.now() < *until => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let entry = self.lookup(key)?;
        let st = entry.lock();
        self.fresh(&st)
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let entry = {
            let mut m = self.map();
            Arc::clone(m.entry(key.clone()).or_insert_with(|| Arc::new(Entry::new())))
        };
        let mut st = entry.lock();
        loop {
            if let Some(v) = self.fresh(&st) {
                return v;
            }
            if st.phase == Phase::Idle {
                break;
            }
            let seen = st.generation;
            st = entry
                .changed
                .wait_while(st, |s| s.phase == Phase::Loading)
                .unwrap_or_else(PoisonError::into_inner);
            if st.generation != seen {
                // the load we waited for finished: share its value even when ttl == 0
                if let Some((v, _)) = &st.value {
                    return v.clone();
                }
            }
            // otherwise the loader panicked: re-check, maybe load ourselves
        }
        st.phase = Phase::Loading;
        drop(st);

        let mut guard = Unwinding { entry: &*entry, armed: true };
        let v = loader(&key);
        let t = self.clock.now();
        guard.armed = false;

        let mut st = entry.lock();
        st.value = Some((v.clone(), t.saturating_add(self.ttl)));
        st.generation = st.generation.wrapping_add(1);
        st.phase = Phase::Idle;
        drop(st);
        entry.changed.notify_all();
        v
    }

    pub fn invalidate(&self, key: &K) {
        if let Some(entry) = self.lookup(key) {
            entry.lock().value = None;
        }
    }
}
