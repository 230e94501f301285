// learner: optimal
// idiom: documented senior style, Slot enum {Fresh, Loading(Arc<InFlight>)}, drop-guard publishes result or failure, debug_assert, poisoning tolerated
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

/// What a load in progress will eventually report to its waiters.
enum Outcome<V> {
    Pending,
    Done(V),
    /// The loader panicked: waiters must retry.
    Failed,
}

/// A load in progress, shared by the loading caller and every waiter.
struct InFlight<V> {
    outcome: Mutex<Outcome<V>>,
    ready: Condvar,
}

impl<V> InFlight<V> {
    fn new() -> Self {
        Self { outcome: Mutex::new(Outcome::Pending), ready: Condvar::new() }
    }

    fn publish(&self, outcome: Outcome<V>) {
        *lock(&self.outcome) = outcome;
        self.ready.notify_all();
    }
}

/// The state of one key in the map.
enum Slot<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<InFlight<V>>),
}

/// Locks `m`, ignoring poisoning: no user code ever runs under our locks, so
/// a poisoned lock still guards consistent data.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

/// Owned by the caller that runs the loader. If dropped without `finish`
/// (the loader panicked), it clears the `Loading` slot and wakes the waiters
/// so that one of them loads again.
struct LoadGuard<'a, K: Eq + Hash, V> {
    slots: &'a Mutex<HashMap<K, Slot<V>>>,
    key: Option<K>,
    flight: Arc<InFlight<V>>,
}

impl<K: Eq + Hash, V> Drop for LoadGuard<'_, K, V> {
    fn drop(&mut self) {
        let Some(key) = self.key.take() else {
            return; // finished normally
        };
        {
            let mut slots = lock(self.slots);
            if matches!(slots.get(&key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &self.flight)) {
                slots.remove(&key);
            }
        }
        self.flight.publish(Outcome::Failed);
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    /// An empty cache. A value loaded at time `t` is served until the clock
    /// reads `t + ttl`; with `ttl == 0` nothing is kept (but concurrent
    /// callers still share one load).
    pub fn new(ttl: u64, clock: C) -> Self {
        Self { ttl, clock, slots: Mutex::new(HashMap::new()) }
    }

    /// The cached value for `key` if it is fresh; never calls a loader and
    /// never waits for one.
    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match lock(&self.slots).get(key) {
            Some(Slot::Fresh { value, expires_at }) if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    /// The value for `key`: the cached one if fresh, otherwise the result
    /// of `loader`. Concurrent callers for the same key run one loader
    /// between them; callers for other keys are not held up by it.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        loop {
            let flight = {
                let mut slots = lock(&self.slots);
                let now = self.clock.now();
                match slots.get(&key) {
                    Some(Slot::Fresh { value, expires_at }) if now < *expires_at => return value.clone(),
                    Some(Slot::Loading(flight)) => Arc::clone(flight),
                    _ => {
                        // Missing or expired: this caller loads.
                        let flight = Arc::new(InFlight::new());
                        slots.insert(key.clone(), Slot::Loading(Arc::clone(&flight)));
                        drop(slots);
                        return self.load(key, loader, flight);
                    }
                }
            };
            // Someone else is loading: wait without holding the map lock.
            let outcome = flight
                .ready
                .wait_while(lock(&flight.outcome), |o| matches!(o, Outcome::Pending))
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            if let Outcome::Done(value) = &*outcome {
                return value.clone();
            }
            // Failed: go round again; one of the retrying callers will load.
        }
    }

    /// Runs `loader` outside every lock, stores and publishes its value.
    fn load<F: FnOnce(&K) -> V>(&self, key: K, loader: F, flight: Arc<InFlight<V>>) -> V {
        let mut guard = LoadGuard { slots: &self.slots, key: Some(key), flight };
        let value = loader(guard.key.as_ref().expect("set above"));
        let key = guard.key.take().expect("taken only here or in drop");
        let loaded_at = self.clock.now();
        {
            let mut slots = lock(&self.slots);
            let ours = matches!(slots.get(&key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &guard.flight));
            if ours {
                if self.ttl == 0 {
                    slots.remove(&key);
                } else {
                    let expires_at = loaded_at.saturating_add(self.ttl);
                    debug_assert!(expires_at > loaded_at);
                    slots.insert(key, Slot::Fresh { value: value.clone(), expires_at });
                }
            }
        }
        guard.flight.publish(Outcome::Done(value.clone()));
        value
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let mut slots = lock(&self.slots);
        if matches!(slots.get(key), Some(Slot::Fresh { .. })) {
            slots.remove(key);
        }
    }
}
