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

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    // Replace this with your fields (the TTL, the clock, the entries, ...).
    _todo: PhantomData<(K, V, C)>,
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
        let _ = clock.now();
        todo!("build an empty cache with ttl {ttl}")
    }

    /// The cached value for `key` if it is fresh; never calls a loader and
    /// never waits for one.
    pub fn get(&self, key: &K) -> Option<V> {
        let _ = key;
        todo!()
    }

    /// The value for `key`: the cached one if fresh, otherwise the result
    /// of `loader`. Concurrent callers for the same key run one loader
    /// between them; callers for other keys are not held up by it.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let _ = (key, loader);
        todo!()
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let _ = key;
        todo!()
    }
}
