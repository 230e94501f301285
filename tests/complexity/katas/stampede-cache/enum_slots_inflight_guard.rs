// learner: optimal
// idiom: Mutex<HashMap<K, Slot>> with a Ready/Loading enum, Arc<InFlight> (Mutex<LoadState> + Condvar) per load, a Drop guard that marks a panicked load Failed
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

enum LoadState<V> {
    Pending,
    Done(V),
    Failed,
}

struct InFlight<V> {
    state: Mutex<LoadState<V>>,
    ready: Condvar,
}

impl<V> InFlight<V> {
    fn finish(&self, outcome: LoadState<V>) {
        *self.state.lock().unwrap() = outcome;
        self.ready.notify_all();
    }
}

enum Slot<V> {
    Ready { value: V, expires_at: u64 },
    Loading(Arc<InFlight<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

/// Runs during unwinding if the loader panics: frees the key and wakes the waiters.
struct FailOnDrop<'a, K: Eq + Hash, V> {
    slots: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    flight: &'a Arc<InFlight<V>>,
    armed: bool,
}

impl<K: Eq + Hash, V> Drop for FailOnDrop<'_, K, V> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let mut slots = self.slots.lock().unwrap_or_else(|p| p.into_inner());
        if matches!(slots.get(self.key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, self.flight)) {
            slots.remove(self.key);
        }
        drop(slots);
        *self.flight.state.lock().unwrap_or_else(|p| p.into_inner()) = LoadState::Failed;
        self.flight.ready.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, slots: Mutex::new(HashMap::new()) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let slots = self.slots.lock().unwrap();
        match slots.get(key) {
            Some(Slot::Ready { value, expires_at }) if self.clock.now() < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let flight = loop {
            let mut slots = self.slots.lock().unwrap();
            let waiting_on = match slots.get(&key) {
                Some(Slot::Ready { value, expires_at }) if self.clock.now() < *expires_at => {
                    return value.clone();
                }
                Some(Slot::Loading(f)) => Some(Arc::clone(f)),
                _ => None,
            };
            match waiting_on {
                Some(f) => {
                    drop(slots);
                    let state = f.state.lock().unwrap();
                    let state = f.ready.wait_while(state, |s| matches!(s, LoadState::Pending)).unwrap();
                    if let LoadState::Done(v) = &*state {
                        return v.clone();
                    }
                    // Failed: go round again, maybe as the new loader
                }
                None => {
                    let f = Arc::new(InFlight { state: Mutex::new(LoadState::Pending), ready: Condvar::new() });
                    slots.insert(key.clone(), Slot::Loading(Arc::clone(&f)));
                    break f;
                }
            }
        };

        let mut guard = FailOnDrop { slots: &self.slots, key: &key, flight: &flight, armed: true };
        let value = loader(&key);
        guard.armed = false;
        drop(guard);

        let loaded_at = self.clock.now();
        {
            let mut slots = self.slots.lock().unwrap();
            if self.ttl == 0 {
                slots.remove(&key);
            } else {
                let expires_at = loaded_at.saturating_add(self.ttl);
                slots.insert(key.clone(), Slot::Ready { value: value.clone(), expires_at });
            }
        }
        flight.finish(LoadState::Done(value.clone()));
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut slots = self.slots.lock().unwrap();
        if let Some(Slot::Ready { .. }) = slots.get(key) {
            slots.remove(key);
        }
    }
}
