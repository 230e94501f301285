// learner: optimal
// idiom: Tcl/Tk tools engineer: one map of slots (Ready or Loading), each load gets its own "flight" object with a Condvar that waiters park on, plus a guard object that cleans up if the loader blows up
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};

/// A source of "now", in whatever unit the TTL uses (say, milliseconds).
pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

/// A clock that only moves when told to. (Provided.)
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

enum Outcome<V> {
    Pending,
    Loaded(V),
    Failed,
}

struct Flight<V> {
    outcome: Mutex<Outcome<V>>,
    done: Condvar,
}

enum Slot<V> {
    Ready { value: V, stored_at: u64 },
    Loading(Arc<Flight<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

/// Cleans up after a loader that panicked: drops the Loading slot and wakes the waiters.
struct FlightGuard<'a, K: Eq + Hash, V> {
    slots: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    flight: &'a Arc<Flight<V>>,
    finished: bool,
}

impl<K: Eq + Hash, V> Drop for FlightGuard<'_, K, V> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let mut slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(Slot::Loading(f)) = slots.get(self.key) {
            if Arc::ptr_eq(f, self.flight) {
                slots.remove(self.key);
            }
        }
        drop(slots);
        *self.flight.outcome.lock().unwrap_or_else(PoisonError::into_inner) = Outcome::Failed;
        self.flight.done.notify_all();
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

    fn fresh(&self, stored_at: u64, now: u64) -> bool {
        now < stored_at.saturating_add(self.ttl)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        match slots.get(key) {
            Some(Slot::Ready { value, stored_at }) if self.fresh(*stored_at, now) => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            let now = self.clock.now();
            let (flight, i_load) = {
                let mut slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
                match slots.get(&key) {
                    Some(Slot::Ready { value, stored_at }) if self.fresh(*stored_at, now) => return value.clone(),
                    Some(Slot::Loading(f)) => (Arc::clone(f), false),
                    _ => {
                        let f = Arc::new(Flight { outcome: Mutex::new(Outcome::Pending), done: Condvar::new() });
                        slots.insert(key.clone(), Slot::Loading(Arc::clone(&f)));
                        (f, true)
                    }
                }
            };

            if !i_load {
                let mut outcome = flight.outcome.lock().unwrap_or_else(PoisonError::into_inner);
                while let Outcome::Pending = *outcome {
                    outcome = flight.done.wait(outcome).unwrap_or_else(PoisonError::into_inner);
                }
                match &*outcome {
                    Outcome::Loaded(v) => return v.clone(),
                    _ => continue, // the loader panicked: try again
                }
            }

            let mut guard = FlightGuard { slots: &self.slots, key: &key, flight: &flight, finished: false };
            let load = loader.take().expect("a caller loads at most once");
            let value = load(&key);
            let stored_at = self.clock.now();
            self.slots
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(key.clone(), Slot::Ready { value: value.clone(), stored_at });
            *flight.outcome.lock().unwrap_or_else(PoisonError::into_inner) = Outcome::Loaded(value.clone());
            flight.done.notify_all();
            guard.finished = true;
            return value;
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(Slot::Ready { .. }) = slots.get(key) {
            slots.remove(key);
        }
    }
}
