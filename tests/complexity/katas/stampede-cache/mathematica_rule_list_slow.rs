// learner: slow
// idiom: Mathematica / Wolfram Language user: the cache as a list of rules {key -> slot} (Vec<(K, Slot)>) read with key /. rules (a linear find), otherwise Arc<InFlight> loads and a Drop guard
// why: misses O(1) expected for get/get_or_load/invalidate: every lookup, replace and delete scans the list, O(n) per call for n cached keys

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


use std::sync::{Condvar, Mutex, PoisonError};

enum Outcome<V> {
    Pending,
    Done(V),
    Failed,
}

/// One load in progress, shared by the loader and everybody waiting for it.
struct InFlight<V> {
    outcome: Mutex<Outcome<V>>,
    ready: Condvar,
}

impl<V: Clone> InFlight<V> {
    fn new() -> Self {
        InFlight { outcome: Mutex::new(Outcome::Pending), ready: Condvar::new() }
    }

    fn finish(&self, result: Outcome<V>) {
        *self.outcome.lock().unwrap_or_else(PoisonError::into_inner) = result;
        self.ready.notify_all();
    }

    /// Blocks until the load ends: Some(value), or None if the loader panicked.
    fn wait(&self) -> Option<V> {
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
}

enum Slot<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<InFlight<V>>),
}

/// key /. rules
fn lookup<'a, K: Eq, V>(rules: &'a [(K, Slot<V>)], key: &K) -> Option<&'a Slot<V>> {
    rules.iter().find(|(k, _)| k == key).map(|(_, s)| s)
}

/// Replace the rule for `key`, or append one.
fn put<K: Eq, V>(rules: &mut Vec<(K, Slot<V>)>, key: K, slot: Slot<V>) {
    match rules.iter_mut().find(|(k, _)| *k == key) {
        Some(rule) => rule.1 = slot,
        None => rules.push((key, slot)),
    }
}

/// DeleteCases[rules, key -> _]
fn delete<K: Eq, V>(rules: &mut Vec<(K, Slot<V>)>, key: &K) {
    if let Some(i) = rules.iter().position(|(k, _)| k == key) {
        rules.swap_remove(i);
    }
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<Vec<(K, Slot<V>)>>, // {key -> slot, ...}, a list of rules
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    /// An empty cache.
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, slots: Mutex::new(Vec::new()) }
    }

    fn map(&self) -> std::sync::MutexGuard<'_, Vec<(K, Slot<V>)>> {
        self.slots.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The cached value for `key` if it is fresh; never loads, never waits.
    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match lookup(&self.map(), key) {
            Some(Slot::Fresh { value, expires_at }) if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    /// The value for `key`: cached if fresh, otherwise one shared call of `loader`.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        // Either somebody else's load finished (return its value) or we own a new load.
        let flight = loop {
            let mut map = self.map();
            let now = self.clock.now();
            let waiting_on = match lookup(&map, &key) {
                Some(Slot::Fresh { value, expires_at }) if now < *expires_at => return value.clone(),
                Some(Slot::Loading(f)) => Arc::clone(f),
                _ => {
                    let mine = Arc::new(InFlight::new());
                    put(&mut map, key.clone(), Slot::Loading(Arc::clone(&mine)));
                    break mine;
                }
            };
            drop(map);
            if let Some(v) = waiting_on.wait() {
                return v;
            }
            // the loader panicked: go round and maybe become the loader ourselves
        };

        // Publishes the value, or on unwinding removes our Loading slot and fails the flight.
        struct Publish<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> {
            cache: &'a StampedeCache<K, V, C>,
            key: &'a K,
            flight: Arc<InFlight<V>>,
            value: Option<V>,
        }
        impl<K: Eq + Hash + Clone, V: Clone, C: Clock> Drop for Publish<'_, K, V, C> {
            fn drop(&mut self) {
                let mut map = self.cache.map();
                let ours = matches!(lookup(&map, self.key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &self.flight));
                match self.value.take() {
                    Some(v) => {
                        let loaded_at = self.cache.clock.now();
                        if ours {
                            let expires_at = loaded_at.saturating_add(self.cache.ttl);
                            put(&mut map, self.key.clone(), Slot::Fresh { value: v.clone(), expires_at });
                        }
                        drop(map);
                        self.flight.finish(Outcome::Done(v));
                    }
                    None => {
                        if ours {
                            delete(&mut map, self.key);
                        }
                        drop(map);
                        self.flight.finish(Outcome::Failed);
                    }
                }
            }
        }

        let mut publish = Publish { cache: self, key: &key, flight, value: None };
        let v = loader(&key);
        publish.value = Some(v.clone());
        drop(publish);
        v
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let mut map = self.map();
        if matches!(lookup(&map, key), Some(Slot::Fresh { .. })) {
            delete(&mut map, key);
        }
    }
}
