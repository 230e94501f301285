// learner: slow
// idiom: Dart/Flutter-turned-Rust: a List<MapEntry>-style Vec of (key, Arc<OnceLock>) memos found with iter().position, OnceLock doing the coalescing
// why: get_or_load, get and invalidate find the key by a linear scan of the Vec: O(n) in the number of cached keys vs target O(1) expected
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

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

type Memo<V> = Arc<OnceLock<(V, u64)>>;

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    entries: Mutex<Vec<(K, Memo<V>)>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        Self { ttl, clock, entries: Mutex::new(Vec::new()) }
    }

    fn is_fresh(&self, loaded_at: u64) -> bool {
        self.clock.now() < loaded_at.saturating_add(self.ttl)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let entries = self.entries.lock().unwrap();
        let (_, memo) = entries.iter().find(|(k, _)| k == key)?;
        let (value, loaded_at) = memo.get()?;
        self.is_fresh(*loaded_at).then(|| value.clone())
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let memo = {
            let mut entries = self.entries.lock().unwrap();
            match entries.iter().position(|(k, _)| *k == key) {
                Some(i) => {
                    let usable = match entries[i].1.get() {
                        None => true,
                        Some((_, loaded_at)) => self.is_fresh(*loaded_at),
                    };
                    if !usable {
                        entries[i].1 = Arc::default();
                    }
                    Arc::clone(&entries[i].1)
                }
                None => {
                    let memo: Memo<V> = Arc::default();
                    entries.push((key.clone(), Arc::clone(&memo)));
                    memo
                }
            }
        };
        let (value, _) = memo.get_or_init(|| {
            let value = loader(&key);
            (value, self.clock.now())
        });
        value.clone()
    }

    pub fn invalidate(&self, key: &K) {
        let mut entries = self.entries.lock().unwrap();
        if let Some(i) = entries.iter().position(|(k, m)| k == key && m.get().is_some()) {
            entries.swap_remove(i);
        }
    }
}
