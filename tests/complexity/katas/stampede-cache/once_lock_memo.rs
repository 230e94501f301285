// learner: optimal
// idiom: Dart/Flutter-turned-Rust: one Arc<OnceLock> "memoized future" per load, swapped out of a Mutex<HashMap> when stale; OnceLock's own blocking and panic-retry does the coalescing
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
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

/// The value plus when it was loaded, filled in exactly once.
type Memo<V> = Arc<OnceLock<(V, u64)>>;

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    memos: Mutex<HashMap<K, Memo<V>>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        Self { ttl, clock, memos: Mutex::new(HashMap::new()) }
    }

    fn is_fresh(&self, loaded_at: u64) -> bool {
        self.clock.now() < loaded_at.saturating_add(self.ttl)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let memos = self.memos.lock().unwrap();
        let (value, loaded_at) = memos.get(key)?.get()?;
        self.is_fresh(*loaded_at).then(|| value.clone())
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let memo: Memo<V> = {
            let mut memos = self.memos.lock().unwrap();
            let reusable = memos.get(&key).filter(|memo| match memo.get() {
                None => true, // still loading (or the last loader panicked): join it
                Some((_, loaded_at)) => self.is_fresh(*loaded_at),
            });
            match reusable {
                Some(memo) => Arc::clone(memo),
                None => {
                    let fresh: Memo<V> = Arc::default();
                    memos.insert(key.clone(), Arc::clone(&fresh));
                    fresh
                }
            }
        };
        // Blocks while another thread initialises; if that one panics, we initialise instead.
        let (value, _) = memo.get_or_init(|| {
            let value = loader(&key);
            (value, self.clock.now())
        });
        value.clone()
    }

    pub fn invalidate(&self, key: &K) {
        let mut memos = self.memos.lock().unwrap();
        if memos.get(key).is_some_and(|memo| memo.get().is_some()) {
            memos.remove(key);
        }
    }
}
