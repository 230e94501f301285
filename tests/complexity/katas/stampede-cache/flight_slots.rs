// learner: optimal
// idiom: Raku enthusiast: one map of Slot::{Ready, Loading(flight)} behind a Mutex; the leader loads outside the lock, waiters park on the flight's Condvar (a Promise, in Raku terms), a drop guard breaks the promise on panic
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
use std::sync::{Condvar, Mutex, MutexGuard};

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A load in progress: pending (None), broken (Some(None)) or kept (Some(Some(v))).
struct Flight<V> {
    outcome: Mutex<Option<Option<V>>>,
    settled: Condvar,
}

impl<V: Clone> Flight<V> {
    fn settle(&self, v: Option<V>) {
        *lock(&self.outcome) = Some(v);
        self.settled.notify_all();
    }

    fn wait(&self) -> Option<V> {
        let mut o = lock(&self.outcome);
        while o.is_none() {
            o = self.settled.wait(o).unwrap_or_else(|e| e.into_inner());
        }
        o.clone().flatten()
    }
}

enum Slot<V> {
    Ready(V, u64),
    Loading(Arc<Flight<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

/// Armed while the loader runs: if it unwinds, clear the slot and break the promise.
struct Broken<'a, K: Eq + Hash, V: Clone> {
    slots: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    flight: &'a Arc<Flight<V>>,
}

impl<K: Eq + Hash, V: Clone> Drop for Broken<'_, K, V> {
    fn drop(&mut self) {
        let mut slots = lock(self.slots);
        if matches!(slots.get(self.key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, self.flight)) {
            slots.remove(self.key);
        }
        drop(slots);
        self.flight.settle(None);
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

    fn fresh(&self, t: u64) -> bool {
        self.clock.now() < t.saturating_add(self.ttl)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        match lock(&self.slots).get(key)? {
            Slot::Ready(v, t) if self.fresh(*t) => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            let (flight, leader) = {
                let mut slots = lock(&self.slots);
                match slots.get(&key) {
                    Some(Slot::Ready(v, t)) if self.fresh(*t) => return v.clone(),
                    Some(Slot::Loading(f)) => (Arc::clone(f), false),
                    _ => {
                        let f = Arc::new(Flight { outcome: Mutex::new(None), settled: Condvar::new() });
                        slots.insert(key.clone(), Slot::Loading(Arc::clone(&f)));
                        (f, true)
                    }
                }
            };
            if !leader {
                match flight.wait() {
                    Some(v) => return v,
                    None => continue, // the leader panicked: try again
                }
            }
            let guard = Broken { slots: &self.slots, key: &key, flight: &flight };
            let v = (loader.take().expect("only one load per call"))(&key);
            let t = self.clock.now();
            std::mem::forget(guard);
            {
                let mut slots = lock(&self.slots);
                if self.ttl > 0 {
                    slots.insert(key.clone(), Slot::Ready(v.clone(), t));
                } else {
                    slots.remove(&key);
                }
            }
            flight.settle(Some(v.clone()));
            return v;
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut slots = lock(&self.slots);
        if matches!(slots.get(key), Some(Slot::Ready(..))) {
            slots.remove(key);
        }
    }
}
