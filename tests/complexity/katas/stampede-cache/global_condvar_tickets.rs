// learner: optimal
// idiom: one Mutex<HashMap<K, State>> and ONE shared Condvar for the whole cache; loading entries carry a ticket so a Drop guard can clear exactly its own load after a panic; waiters loop on wait() and re-read their key
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

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

enum State<V> {
    Ready { value: V, loaded_at: u64 },
    Loading { ticket: u64 },
}

struct Inner<K, V> {
    entries: HashMap<K, State<V>>,
    next_ticket: u64,
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    inner: Mutex<Inner<K, V>>,
    changed: Condvar,
}

/// Clears a `Loading` marker if the loader unwinds, and wakes the waiters.
struct LoadGuard<'a, K: Eq + Hash, V> {
    inner: &'a Mutex<Inner<K, V>>,
    changed: &'a Condvar,
    key: &'a K,
    ticket: u64,
    armed: bool,
}

impl<K: Eq + Hash, V> Drop for LoadGuard<'_, K, V> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if matches!(inner.entries.get(self.key), Some(State::Loading { ticket }) if *ticket == self.ticket) {
            inner.entries.remove(self.key);
        }
        drop(inner);
        self.changed.notify_all();
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
        StampedeCache {
            ttl,
            clock,
            inner: Mutex::new(Inner { entries: HashMap::new(), next_ticket: 0 }),
            changed: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner<K, V>> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn is_fresh(&self, loaded_at: u64) -> bool {
        self.clock.now() < loaded_at.saturating_add(self.ttl)
    }

    /// The cached value for `key` if it is fresh; never calls a loader and
    /// never waits for one.
    pub fn get(&self, key: &K) -> Option<V> {
        let inner = self.lock();
        match inner.entries.get(key) {
            Some(State::Ready { value, loaded_at }) if self.is_fresh(*loaded_at) => Some(value.clone()),
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
        let mut inner = self.lock();
        // Some(ticket) of the load we joined: its result is ours even if already stale (ttl 0)
        let mut joined: Option<u64> = None;
        let ticket = loop {
            match inner.entries.get(&key) {
                Some(State::Ready { value, loaded_at }) if joined.is_some() || self.is_fresh(*loaded_at) => {
                    return value.clone();
                }
                Some(State::Loading { ticket }) => {
                    joined = Some(*ticket);
                    inner = self.changed.wait(inner).unwrap_or_else(|p| p.into_inner());
                }
                _ => {
                    // nothing usable (missing, stale, or the load we waited for panicked)
                    let t = inner.next_ticket;
                    inner.next_ticket += 1;
                    inner.entries.insert(key.clone(), State::Loading { ticket: t });
                    break t;
                }
            }
        };
        drop(inner);

        let mut guard = LoadGuard { inner: &self.inner, changed: &self.changed, key: &key, ticket, armed: true };
        let value = loader(&key);
        guard.armed = false;
        drop(guard);

        let mut inner = self.lock();
        let still_ours = matches!(inner.entries.get(&key), Some(State::Loading { ticket: t }) if *t == ticket);
        if still_ours {
            let loaded_at = self.clock.now();
            inner.entries.insert(key, State::Ready { value: value.clone(), loaded_at });
        }
        drop(inner);
        self.changed.notify_all();
        value
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let mut inner = self.lock();
        if let Some(State::Ready { .. }) = inner.entries.get(key) {
            inner.entries.remove(key);
        }
    }
}
