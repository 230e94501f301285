// learner: optimal
// idiom: one Arc<OnceLock<(V, loaded_at)>> per key handed out under a short map lock; OnceLock::get_or_init does the blocking, the sharing and the retry-after-panic; a stale slot is replaced by a fresh OnceLock under the map lock
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

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

type Slot<V> = Arc<OnceLock<(V, u64)>>;

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
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

    fn fresh(&self, loaded_at: u64) -> bool {
        self.clock.now() < loaded_at.saturating_add(self.ttl)
    }

    fn table(&self) -> std::sync::MutexGuard<'_, HashMap<K, Slot<V>>> {
        self.slots.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The cached value for `key` if it is fresh; never calls a loader and
    /// never waits for one.
    pub fn get(&self, key: &K) -> Option<V> {
        let slot = self.table().get(key).cloned()?;
        slot.get().filter(|(_, at)| self.fresh(*at)).map(|(v, _)| v.clone())
    }

    /// The slot to use for `key`: the current one unless it holds a stale value.
    fn slot_for(&self, key: &K) -> Slot<V> {
        let mut table = self.table();
        let current = table.get(key).cloned();
        match current {
            Some(slot) => match slot.get() {
                Some((_, at)) if !self.fresh(*at) => {
                    let replacement: Slot<V> = Arc::new(OnceLock::new());
                    table.insert(key.clone(), Arc::clone(&replacement));
                    replacement
                }
                _ => slot,
            },
            None => {
                let slot: Slot<V> = Arc::new(OnceLock::new());
                table.insert(key.clone(), Arc::clone(&slot));
                slot
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
        let slot = self.slot_for(&key);
        // the map lock is released: other keys proceed while this one loads
        let (value, _) = slot.get_or_init(|| {
            let v = loader(&key);
            (v, self.clock.now())
        });
        value.clone()
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let mut table = self.table();
        let loaded = table.get(key).map_or(false, |slot| slot.get().is_some());
        if loaded {
            table.remove(key);
        }
    }
}
