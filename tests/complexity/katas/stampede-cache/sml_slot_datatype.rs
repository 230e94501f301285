// learner: optimal
// idiom: Standard ML student: one map of key -> datatype Slot = Ready of value * expiry | Loading of flight, where a flight is a shared Arc<(Mutex<Outcome>, Condvar)>; the leader publishes Done or Failed through a drop guard, waiters pattern-match the outcome and retry on Failed
// why:
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
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

enum Outcome<V> {
    Pending,
    Done(V),
    Failed,
}

type Flight<V> = Arc<(Mutex<Outcome<V>>, Condvar)>;

enum Slot<V> {
    Ready(V, u64),
    Loading(Flight<V>),
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

/// Owned by the caller that runs the loader; if it is dropped without `finish`
/// (the loader panicked) it clears the key and tells the waiters to retry.
struct Leader<'a, K: Eq + Hash, V, C> {
    cache: &'a StampedeCache<K, V, C>,
    key: &'a K,
    flight: Flight<V>,
    finished: bool,
}

impl<K: Eq + Hash, V, C> Drop for Leader<'_, K, V, C> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let mut slots = lock(&self.cache.slots);
        if let Some(Slot::Loading(f)) = slots.get(self.key) {
            if Arc::ptr_eq(f, &self.flight) {
                slots.remove(self.key);
            }
        }
        drop(slots);
        *lock(&self.flight.0) = Outcome::Failed;
        self.flight.1.notify_all();
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
        StampedeCache { ttl, clock, slots: Mutex::new(HashMap::new()) }
    }

    /// The cached value for `key` if it is fresh; never calls a loader and never waits for one.
    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match lock(&self.slots).get(key) {
            Some(Slot::Ready(v, expires)) if now < *expires => Some(v.clone()),
            _ => None,
        }
    }

    /// The value for `key`: the cached one if fresh, otherwise the result of `loader`.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        loop {
            let now = self.clock.now();
            let mut slots = lock(&self.slots);
            let waiting_on = match slots.get(&key) {
                Some(Slot::Ready(v, expires)) if now < *expires => return v.clone(),
                Some(Slot::Loading(f)) => Some(Arc::clone(f)),
                _ => None,
            };
            match waiting_on {
                Some(flight) => {
                    drop(slots);
                    let (m, cv) = &*flight;
                    let outcome = cv
                        .wait_while(lock(m), |o| matches!(o, Outcome::Pending))
                        .unwrap_or_else(PoisonError::into_inner);
                    match &*outcome {
                        Outcome::Done(v) => return v.clone(),
                        _ => continue, // the leader panicked: try again
                    }
                }
                None => {
                    let flight: Flight<V> = Arc::new((Mutex::new(Outcome::Pending), Condvar::new()));
                    slots.insert(key.clone(), Slot::Loading(Arc::clone(&flight)));
                    drop(slots);
                    return self.lead(&key, flight, loader);
                }
            }
        }
    }

    fn lead<F: FnOnce(&K) -> V>(&self, key: &K, flight: Flight<V>, loader: F) -> V {
        let mut leader = Leader { cache: self, key, flight, finished: false };
        let value = loader(key);
        let expires = self.clock.now().saturating_add(self.ttl);
        {
            let mut slots = lock(&self.slots);
            let ours = matches!(slots.get(key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &leader.flight));
            if ours {
                slots.insert(key.clone(), Slot::Ready(value.clone(), expires));
            }
        }
        *lock(&leader.flight.0) = Outcome::Done(value.clone());
        leader.flight.1.notify_all();
        leader.finished = true;
        value
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let mut slots = lock(&self.slots);
        if let Some(Slot::Ready(..)) = slots.get(key) {
            slots.remove(key);
        }
    }
}
