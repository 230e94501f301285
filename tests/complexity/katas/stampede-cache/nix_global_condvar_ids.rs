// learner: optimal
// idiom: Nix: one global state record { slots; nextId; } behind one Mutex and one Condvar; every load gets an id, a waiter remembers which id it waited for, like tracking a derivation by its hash
// why: each pass over the loop does O(1) expected map operations; the loader runs with the lock released; waiters sleep on the Condvar and re-check in O(1) when woken

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// A source of "now", in whatever unit the TTL uses (say, milliseconds).
pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

/// A clock that only moves when told to. Tests use it instead of real time.
#[derive(Debug, Default)]
pub struct ManualClock {
    now: AtomicU64,
}

impl ManualClock {
    pub fn new(start: u64) -> Self {
        ManualClock { now: AtomicU64::new(start) }
    }

    pub fn advance(&self, by: u64) {
        self.now.fetch_add(by, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> u64 {
        self.now.load(Ordering::SeqCst)
    }
}

impl<C: Clock + ?Sized> Clock for Arc<C> {
    fn now(&self) -> u64 {
        (**self).now()
    }
}

enum Slot<V> {
    Loading { id: u64 },
    Ready { value: V, expires_at: u64, id: u64 },
}

struct State<K, V> {
    slots: HashMap<K, Slot<V>>,
    next_id: u64,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    state: Mutex<State<K, V>>,
    changed: Condvar,
}

/// removes our Loading slot and wakes everyone if the loader never returned
struct Unstick<'a, K: Eq + Hash, V, C> {
    cache: &'a StampedeCache<K, V, C>,
    key: &'a K,
    id: u64,
    armed: bool,
}

impl<'a, K: Eq + Hash, V, C> Drop for Unstick<'a, K, V, C> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let mut st = self.cache.lock_state();
        if matches!(st.slots.get(self.key), Some(Slot::Loading { id }) if *id == self.id) {
            st.slots.remove(self.key);
        }
        drop(st);
        self.cache.changed.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C> {
    fn lock_state(&self) -> MutexGuard<'_, State<K, V>> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
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
            state: Mutex::new(State { slots: HashMap::new(), next_id: 0 }),
            changed: Condvar::new(),
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match self.lock_state().slots.get(key) {
            Some(Slot::Ready { value, expires_at, .. }) if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut st = self.lock_state();
        let mut waited_for: Option<u64> = None;
        let id = loop {
            let now = self.clock.now();
            match st.slots.get(&key) {
                Some(Slot::Ready { value, expires_at, id }) if now < *expires_at || waited_for == Some(*id) => {
                    return value.clone();
                }
                Some(Slot::Loading { id }) => {
                    waited_for = Some(*id);
                    st = self.changed.wait(st).unwrap_or_else(|e| e.into_inner());
                }
                _ => {
                    let id = st.next_id;
                    st.next_id += 1;
                    st.slots.insert(key.clone(), Slot::Loading { id });
                    break id;
                }
            }
        };
        drop(st);

        let mut unstick = Unstick { cache: self, key: &key, id, armed: true };
        let value = loader(&key);
        let stored_at = self.clock.now();
        {
            let mut st = self.lock_state();
            let expires_at = stored_at.saturating_add(self.ttl);
            st.slots.insert(key.clone(), Slot::Ready { value: value.clone(), expires_at, id });
        }
        unstick.armed = false;
        self.changed.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut st = self.lock_state();
        if let Some(Slot::Ready { .. }) = st.slots.get(key) {
            st.slots.remove(key);
        }
    }
}
