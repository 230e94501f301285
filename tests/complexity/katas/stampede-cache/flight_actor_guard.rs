// learner: optimal
// idiom: Pony-style: per-key Flight "actor" (Mutex<Outcome> + Condvar), Slot enum state machine, RAII LoadGuard that publishes or abandons
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

enum Outcome<V> {
    Pending,
    Done(V),
    Abandoned,
}

struct Flight<V> {
    outcome: Mutex<Outcome<V>>,
    ready: Condvar,
}

impl<V: Clone> Flight<V> {
    fn new() -> Self {
        Flight { outcome: Mutex::new(Outcome::Pending), ready: Condvar::new() }
    }

    /// Blocks until the loader reports; `None` means the load was abandoned.
    fn await_outcome(&self) -> Option<V> {
        let guard = self.outcome.lock().unwrap_or_else(PoisonError::into_inner);
        let guard = self
            .ready
            .wait_while(guard, |o| matches!(o, Outcome::Pending))
            .unwrap_or_else(PoisonError::into_inner);
        match &*guard {
            Outcome::Done(v) => Some(v.clone()),
            _ => None,
        }
    }

    fn report(&self, outcome: Outcome<V>) {
        *self.outcome.lock().unwrap_or_else(PoisonError::into_inner) = outcome;
        self.ready.notify_all();
    }
}

enum Slot<V> {
    Ready { value: V, expires_at: u64 },
    Loading(Arc<Flight<V>>),
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

/// Owned by the one caller that loads; its Drop runs even if the loader panics.
struct LoadGuard<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> {
    cache: &'a StampedeCache<K, V, C>,
    key: K,
    flight: Arc<Flight<V>>,
    published: bool,
}

impl<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> LoadGuard<'a, K, V, C> {
    fn publish(mut self, value: V) -> V {
        let mut slots = self.cache.lock();
        let now = self.cache.clock.now();
        let ours = matches!(slots.get(&self.key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &self.flight));
        if ours {
            if self.cache.ttl == 0 {
                slots.remove(&self.key);
            } else {
                let expires_at = now.saturating_add(self.cache.ttl);
                slots.insert(self.key.clone(), Slot::Ready { value: value.clone(), expires_at });
            }
        }
        drop(slots);
        self.flight.report(Outcome::Done(value.clone()));
        self.published = true;
        value
    }
}

impl<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> Drop for LoadGuard<'a, K, V, C> {
    fn drop(&mut self) {
        if self.published {
            return;
        }
        let mut slots = self.cache.lock();
        if matches!(slots.get(&self.key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &self.flight)) {
            slots.remove(&self.key);
        }
        drop(slots);
        self.flight.report(Outcome::Abandoned);
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

    fn lock(&self) -> MutexGuard<'_, HashMap<K, Slot<V>>> {
        self.slots.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let slots = self.lock();
        let now = self.clock.now();
        match slots.get(key) {
            Some(Slot::Ready { value, expires_at }) if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let flight = loop {
            let mut slots = self.lock();
            let now = self.clock.now();
            let waiting_on = match slots.get(&key) {
                Some(Slot::Ready { value, expires_at }) if now < *expires_at => return value.clone(),
                Some(Slot::Loading(f)) => Some(Arc::clone(f)),
                _ => None,
            };
            match waiting_on {
                Some(f) => {
                    drop(slots);
                    if let Some(v) = f.await_outcome() {
                        return v;
                    }
                    // abandoned: go round and maybe become the loader
                }
                None => {
                    let mine = Arc::new(Flight::new());
                    slots.insert(key.clone(), Slot::Loading(Arc::clone(&mine)));
                    break mine;
                }
            }
        };
        let guard = LoadGuard { cache: self, key, flight, published: false };
        let value = loader(&guard.key);
        guard.publish(value)
    }

    pub fn invalidate(&self, key: &K) {
        let mut slots = self.lock();
        if let Some(Slot::Ready { .. }) = slots.get(key) {
            slots.remove(key);
        }
    }
}
