// learner: optimal
// idiom: Zig-style two-level locking: map lock only hands out a per-key Arc<Entry>, each Entry has its own Mutex<u8-tagged state> + Condvar, explicit wait loop, manual unlock/relock

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

const EMPTY: u8 = 0;
const LOADING: u8 = 1;
const READY: u8 = 2;

struct EntryState<V> {
    tag: u8,
    value: Option<V>,
    expires_at: u64,
}

struct Entry<V> {
    lock: Mutex<EntryState<V>>,
    changed: Condvar,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    table: Mutex<HashMap<K, Arc<Entry<V>>>>,
}

/// Resets a LOADING entry to EMPTY if the loader unwinds, and wakes everyone.
struct Unwedge<'a, V> {
    entry: &'a Entry<V>,
    armed: bool,
}

impl<'a, V> Drop for Unwedge<'a, V> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let mut st = match self.entry.lock.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        st.tag = EMPTY;
        st.value = None;
        drop(st);
        self.entry.changed.notify_all();
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

    fn entry_for(&self, key: &K, create: bool) -> Option<Arc<Entry<V>>> {
        let mut table = self.table.lock().unwrap();
        if let Some(e) = table.get(key) {
            return Some(Arc::clone(e));
        }
        if !create {
            return None;
        }
        let e = Arc::new(Entry {
            lock: Mutex::new(EntryState { tag: EMPTY, value: None, expires_at: 0 }),
            changed: Condvar::new(),
        });
        table.insert(key.clone(), Arc::clone(&e));
        Some(e)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let entry = self.entry_for(key, false)?;
        let st = entry.lock.lock().unwrap();
        if st.tag == READY && self.clock.now() < st.expires_at {
            return st.value.clone();
        }
        None
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let entry = match self.entry_for(&key, true) {
            Some(e) => e,
            None => unreachable!(),
        };
        let mut st = entry.lock.lock().unwrap();
        let mut waited_on_load = false;
        loop {
            if st.tag == READY {
                // A value we waited for is handed over even if ttl made it stale at once.
                if waited_on_load || self.clock.now() < st.expires_at {
                    if let Some(v) = st.value.as_ref() {
                        return v.clone();
                    }
                }
                break;
            }
            if st.tag == EMPTY {
                break;
            }
            // LOADING: someone else is on it.
            st = entry.changed.wait(st).unwrap();
            if st.tag == READY {
                waited_on_load = true;
            }
        }

        st.tag = LOADING;
        st.value = None;
        drop(st);

        let mut guard = Unwedge { entry: &entry, armed: true };
        let value = loader(&key);
        let stamp = self.clock.now();
        let mut st = entry.lock.lock().unwrap();
        st.tag = READY;
        st.value = Some(value.clone());
        st.expires_at = stamp.saturating_add(self.ttl);
        drop(st);
        guard.armed = false;
        entry.changed.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        let entry = match self.entry_for(key, false) {
            Some(e) => e,
            None => return,
        };
        let mut st = entry.lock.lock().unwrap();
        if st.tag == READY {
            st.tag = EMPTY;
            st.value = None;
        }
    }
}
