// learner: optimal
// idiom: Arduino hobbyist: one "mailbox" per key (its own Mutex + Condvar + a busy flag), the big map only hands out mailboxes; whoever finds the mailbox idle raises the busy flag and loads, the rest block on the mailbox's condvar; a small struct's Drop lowers the flag if the loader crashes
// why:
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::sync::{Condvar, Mutex};
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

struct BoxState<V> {
    value: Option<V>,
    stamp: u64, // expiry time
    busy: bool,
}

struct Mailbox<V> {
    state: Mutex<BoxState<V>>,
    bell: Condvar,
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    boxes: Mutex<HashMap<K, Arc<Mailbox<V>>>>,
}

// lowers the busy flag when the loader panics
struct BusyFlag<'a, V> {
    mb: &'a Mailbox<V>,
    armed: bool,
}

impl<V> Drop for BusyFlag<'_, V> {
    fn drop(&mut self) {
        if self.armed {
            let mut st = match self.mb.state.lock() {
                Ok(g) => g,
                Err(e) => e.into_inner(),
            };
            st.busy = false;
            self.mb.bell.notify_all();
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
        StampedeCache { ttl, clock, boxes: Mutex::new(HashMap::new()) }
    }

    fn mailbox(&self, key: &K) -> Arc<Mailbox<V>> {
        let mut boxes = self.boxes.lock().unwrap();
        if let Some(mb) = boxes.get(key) {
            return mb.clone();
        }
        let mb = Arc::new(Mailbox {
            state: Mutex::new(BoxState { value: None, stamp: 0, busy: false }),
            bell: Condvar::new(),
        });
        boxes.insert(key.clone(), mb.clone());
        mb
    }

    /// The cached value for `key` if it is fresh; never calls a loader and never waits for one.
    pub fn get(&self, key: &K) -> Option<V> {
        let mb = match self.boxes.lock().unwrap().get(key) {
            Some(mb) => mb.clone(),
            None => return None,
        };
        let now = self.clock.now();
        let st = match mb.state.lock() {
            Ok(g) => g,
            Err(e) => e.into_inner(),
        };
        if st.value.is_some() && now < st.stamp {
            return st.value.clone();
        }
        None
    }

    /// The value for `key`: the cached one if fresh, otherwise the result of `loader`.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mb = self.mailbox(&key);
        let mut st = match mb.state.lock() {
            Ok(g) => g,
            Err(e) => e.into_inner(),
        };
        let mut waited = false;
        loop {
            if let Some(v) = &st.value {
                // fresh, or just delivered by the load we were waiting for (ttl 0 case)
                if self.clock.now() < st.stamp || (waited && !st.busy && st.stamp != 0) {
                    return v.clone();
                }
            }
            if !st.busy {
                break;
            }
            st = match mb.bell.wait(st) {
                Ok(g) => g,
                Err(e) => e.into_inner(),
            };
            waited = true;
        }
        // our turn to load
        st.busy = true;
        st.stamp = 0;
        drop(st);
        let mut flag = BusyFlag { mb: &mb, armed: true };
        let v = loader(&key);
        let done_at = self.clock.now();
        let mut st = match mb.state.lock() {
            Ok(g) => g,
            Err(e) => e.into_inner(),
        };
        st.value = Some(v.clone());
        st.stamp = done_at + self.ttl;
        st.busy = false;
        flag.armed = false;
        mb.bell.notify_all();
        v
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let mb = match self.boxes.lock().unwrap().get(key) {
            Some(mb) => mb.clone(),
            None => return,
        };
        let mut st = match mb.state.lock() {
            Ok(g) => g,
            Err(e) => e.into_inner(),
        };
        if !st.busy {
            st.value = None;
        }
    }
}
