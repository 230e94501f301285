// learner: optimal
// idiom: Erlang veteran: one server-state record behind a Mutex + a single Condvar 'broadcast', slots tagged with a load reference (like make_ref()), crash handled by a monitor-style Drop guard
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::marker::PhantomData;
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

type LoadRef = u64;

enum Slot<V> {
    Busy(LoadRef),
    Ready { value: V, expires_at: u64, by: LoadRef },
}

struct ServerState<K, V> {
    slots: HashMap<K, Slot<V>>,
    next_ref: LoadRef,
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    state: Mutex<ServerState<K, V>>,
    broadcast: Condvar,
}

struct Monitor<'a, K: Eq + Hash, V> {
    state: &'a Mutex<ServerState<K, V>>,
    broadcast: &'a Condvar,
    key: &'a K,
    load: LoadRef,
    armed: bool,
}

impl<K: Eq + Hash, V> Drop for Monitor<'_, K, V> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let mut st = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        if matches!(st.slots.get(self.key), Some(Slot::Busy(r)) if *r == self.load) {
            st.slots.remove(self.key);
        }
        drop(st);
        self.broadcast.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache {
            ttl,
            clock,
            state: Mutex::new(ServerState { slots: HashMap::new(), next_ref: 0 }),
            broadcast: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, ServerState<K, V>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match self.lock().slots.get(key) {
            Some(Slot::Ready { value, expires_at, .. }) if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut st = self.lock();
        let load = loop {
            let now = self.clock.now();
            let waiting_for = match st.slots.get(&key) {
                Some(Slot::Ready { value, expires_at, .. }) if now < *expires_at => return value.clone(),
                Some(Slot::Busy(r)) => *r,
                _ => {
                    let r = st.next_ref;
                    st.next_ref += 1;
                    st.slots.insert(key.clone(), Slot::Busy(r));
                    break r;
                }
            };
            st = self
                .broadcast
                .wait_while(st, |s| matches!(s.slots.get(&key), Some(Slot::Busy(r)) if *r == waiting_for))
                .unwrap_or_else(PoisonError::into_inner);
            if let Some(Slot::Ready { value, by, .. }) = st.slots.get(&key) {
                if *by == waiting_for {
                    return value.clone(); // the load we waited for, even with ttl 0
                }
            }
            // crashed or superseded: go round
        };
        drop(st);

        let mut monitor = Monitor { state: &self.state, broadcast: &self.broadcast, key: &key, load, armed: true };
        let value = loader(&key);
        let loaded_at = self.clock.now();
        monitor.armed = false;
        drop(monitor);

        let mut st = self.lock();
        st.slots.insert(
            key.clone(),
            Slot::Ready { value: value.clone(), expires_at: loaded_at.saturating_add(self.ttl), by: load },
        );
        drop(st);
        self.broadcast.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut st = self.lock();
        if let Some(Slot::Ready { .. }) = st.slots.get(key) {
            st.slots.remove(key);
        }
    }
}
