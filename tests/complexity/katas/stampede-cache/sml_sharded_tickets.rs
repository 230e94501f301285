// learner: optimal
// idiom: Standard ML student: 16 shards picked by hashing the key, each a Mutex<HashMap<K, Entry>> with one Condvar; Entry = Cached of value * expiry * ticket | InFlight of ticket; waiters wait_while on the shard until their ticket is resolved, so no per-load allocation
// why:
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::Hasher;
use std::sync::atomic::AtomicUsize;
use std::sync::{Condvar, Mutex, MutexGuard};
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

const SHARDS: usize = 16;

#[derive(Clone)]
enum Entry<V> {
    Cached { value: V, until: u64, ticket: usize },
    InFlight { ticket: usize },
}

struct Shard<K, V> {
    map: Mutex<HashMap<K, Entry<V>>>,
    changed: Condvar,
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    tickets: AtomicUsize,
    shards: Vec<Shard<K, V>>,
}

fn relock<'a, T>(r: Result<MutexGuard<'a, T>, std::sync::PoisonError<MutexGuard<'a, T>>>) -> MutexGuard<'a, T> {
    r.unwrap_or_else(|e| e.into_inner())
}

/// Removes an InFlight ticket that never completed (the loader panicked).
struct Abandon<'a, K: Eq + Hash, V> {
    shard: &'a Shard<K, V>,
    key: &'a K,
    ticket: usize,
    live: bool,
}

impl<K: Eq + Hash, V> Drop for Abandon<'_, K, V> {
    fn drop(&mut self) {
        if self.live {
            let mut map = relock(self.shard.map.lock());
            if matches!(map.get(self.key), Some(Entry::InFlight { ticket }) if *ticket == self.ticket) {
                map.remove(self.key);
            }
            self.shard.changed.notify_all();
        }
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
        let shards = (0..SHARDS).map(|_| Shard { map: Mutex::new(HashMap::new()), changed: Condvar::new() }).collect();
        StampedeCache { ttl, clock, tickets: AtomicUsize::new(0), shards }
    }

    fn shard(&self, key: &K) -> &Shard<K, V> {
        let mut h = DefaultHasher::new();
        key.hash(&mut h);
        &self.shards[h.finish() as usize % SHARDS]
    }

    /// The cached value for `key` if it is fresh; never calls a loader and never waits for one.
    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match relock(self.shard(key).map.lock()).get(key) {
            Some(Entry::Cached { value, until, .. }) if now < *until => Some(value.clone()),
            _ => None,
        }
    }

    /// The value for `key`: the cached one if fresh, otherwise the result of `loader`.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let shard = self.shard(&key);
        let mut map = relock(shard.map.lock());
        loop {
            let now = self.clock.now();
            match map.get(&key) {
                Some(Entry::Cached { value, until, .. }) if now < *until => return value.clone(),
                Some(Entry::InFlight { ticket }) => {
                    let mine = *ticket;
                    // sleep until our ticket is no longer in flight
                    map = relock(shard.changed.wait_while(map, |m| {
                        matches!(m.get(&key), Some(Entry::InFlight { ticket }) if *ticket == mine)
                    }));
                    if let Some(Entry::Cached { value, ticket, .. }) = map.get(&key) {
                        if *ticket == mine {
                            return value.clone(); // the load we waited for (even with ttl 0)
                        }
                    }
                    // it failed or was replaced: look again
                }
                _ => break,
            }
        }
        let ticket = self.tickets.fetch_add(1, Ordering::Relaxed);
        map.insert(key.clone(), Entry::InFlight { ticket });
        drop(map);

        let mut abandon = Abandon { shard, key: &key, ticket, live: true };
        let value = loader(&key);
        let until = self.clock.now().saturating_add(self.ttl);
        let mut map = relock(shard.map.lock());
        map.insert(key.clone(), Entry::Cached { value: value.clone(), until, ticket });
        abandon.live = false;
        drop(map);
        shard.changed.notify_all();
        value
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let mut map = relock(self.shard(key).map.lock());
        if let Some(Entry::Cached { .. }) = map.get(key) {
            map.remove(key);
        }
    }
}
