//! Naive version: correct, but every call sweeps the whole map for expired
//! entries, so each operation costs O(n) in the number of cached keys.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

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

/// The result slot of one load in progress.
enum LoadState<V> {
    Pending,
    Done(V),
    /// The loader panicked; waiters must try again.
    Failed,
}

struct InFlight<V> {
    state: Mutex<LoadState<V>>,
    ready: Condvar,
}

/// What a caller found when it looked the key up.
enum Claim<V> {
    Hit(V),
    Wait(Arc<InFlight<V>>),
    Load(Arc<InFlight<V>>),
}

enum Slot<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<InFlight<V>>),
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

/// Publishes the outcome of a load. If the loader panics, the guard is
/// dropped without a value: it clears the slot and wakes the waiters so
/// that one of them can retry instead of waiting forever.
struct LoadGuard<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> {
    cache: &'a StampedeCache<K, V, C>,
    key: &'a K,
    flight: Arc<InFlight<V>>,
    finished: bool,
}

impl<K: Eq + Hash + Clone, V: Clone, C: Clock> LoadGuard<'_, K, V, C> {
    fn finish(mut self, value: V) {
        let expires_at = self.cache.clock.now().saturating_add(self.cache.ttl);
        {
            let mut slots = self.cache.lock_slots();
            if self.cache.ttl == 0 {
                slots.remove(self.key);
            } else {
                slots.insert(self.key.clone(), Slot::Fresh { value: value.clone(), expires_at });
            }
        }
        *lock(&self.flight.state) = LoadState::Done(value);
        self.flight.ready.notify_all();
        self.finished = true;
    }
}

impl<K: Eq + Hash + Clone, V: Clone, C: Clock> Drop for LoadGuard<'_, K, V, C> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        self.cache.lock_slots().remove(self.key);
        *lock(&self.flight.state) = LoadState::Failed;
        self.flight.ready.notify_all();
    }
}

/// Locks a mutex, ignoring poisoning: our critical sections never leave the
/// data half-updated, so a panic elsewhere does not make it invalid.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
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
        StampedeCache { ttl, clock, slots: Mutex::new(HashMap::new()) }
    }

    fn lock_slots(&self) -> MutexGuard<'_, HashMap<K, Slot<V>>> {
        lock(&self.slots)
    }

    /// Sweeps out every expired entry so the map never holds stale data.
    fn purge_expired(&self, slots: &mut HashMap<K, Slot<V>>, now: u64) {
        slots.retain(|_, slot| match slot {
            Slot::Fresh { expires_at, .. } => now < *expires_at,
            Slot::Loading(_) => true,
        });
    }

    /// The cached value for `key` if it is fresh; never calls a loader and
    /// never waits for one.
    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let mut slots = self.lock_slots();
        self.purge_expired(&mut slots, now);
        match slots.get(key) {
            Some(Slot::Fresh { value, expires_at }) if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    /// Under the map lock: a fresh value, or the load in progress to wait
    /// for, or a new in-flight slot that makes the caller the loader.
    fn claim(&self, key: &K) -> Claim<V> {
        let mut slots = self.lock_slots();
        let now = self.clock.now();
        self.purge_expired(&mut slots, now);
        match slots.get(key) {
            Some(Slot::Fresh { value, expires_at }) if now < *expires_at => Claim::Hit(value.clone()),
            Some(Slot::Loading(flight)) => Claim::Wait(Arc::clone(flight)),
            _ => {
                // Missing or expired: this caller becomes the loader.
                let flight = Arc::new(InFlight { state: Mutex::new(LoadState::Pending), ready: Condvar::new() });
                slots.insert(key.clone(), Slot::Loading(Arc::clone(&flight)));
                Claim::Load(flight)
            }
        }
    }

    /// The value for `key`: the cached one if fresh, otherwise the result
    /// of `loader`. Concurrent callers for the same key run one loader
    /// between them; callers for other keys are not held up by it.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        // Goes round again only if the load we waited for panicked.
        loop {
            match self.claim(&key) {
                Claim::Hit(value) => return value,
                Claim::Load(flight) => {
                    let guard = LoadGuard { cache: self, key: &key, flight, finished: false };
                    let value = loader(&key);
                    guard.finish(value.clone());
                    return value;
                }
                Claim::Wait(flight) => {
                    let state = lock(&flight.state);
                    let state = flight
                        .ready
                        .wait_while(state, |s| matches!(s, LoadState::Pending))
                        .unwrap_or_else(|p| p.into_inner());
                    if let LoadState::Done(value) = &*state {
                        return value.clone();
                    }
                }
            }
        }
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let mut slots = self.lock_slots();
        if let Some(Slot::Fresh { .. }) = slots.get(key) {
            slots.remove(key);
        }
    }
}
