// learner: optimal
// idiom: Mojo: 16 lock-striped shards (power-of-two mask on a hash), per-key Arc<(Mutex, Condvar)> latch, catch_unwind + resume_unwind for panic cleanup
// why: a call hashes once and does O(1) expected operations in one shard; loads of other keys never share the lock held during a load (none is)

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

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

const SHARDS: usize = 16;

enum Latch<V> {
    Open,
    Value(V),
    Broken,
}

type Waiter<V> = Arc<(Mutex<Latch<V>>, Condvar)>;

enum Entry<V> {
    Ready(V, u64),
    Pending(Waiter<V>),
}

type Shard<K, V> = Mutex<HashMap<K, Entry<V>>>;

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    hasher: RandomState,
    shards: Box<[Shard<K, V>]>,
}

#[inline(always)]
fn grab<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        let mut v = Vec::with_capacity(SHARDS);
        for _ in 0..SHARDS {
            v.push(Mutex::new(HashMap::new()));
        }
        StampedeCache { ttl, clock, hasher: RandomState::new(), shards: v.into_boxed_slice() }
    }

    #[inline(always)]
    fn shard(&self, key: &K) -> &Shard<K, V> {
        let h = self.hasher.hash_one(key) as usize;
        &self.shards[h & (SHARDS - 1)]
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let s = grab(self.shard(key));
        match s.get(key) {
            Some(Entry::Ready(v, until)) if self.clock.now() < *until => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let shard = self.shard(&key);
        let latch: Waiter<V> = loop {
            let mut s = grab(shard);
            let pending = match s.get(&key) {
                Some(Entry::Ready(v, until)) if self.clock.now() < *until => return v.clone(),
                Some(Entry::Pending(w)) => Some(Arc::clone(w)),
                _ => None,
            };
            if let Some(w) = pending {
                drop(s);
                let (m, cv) = &*w;
                let st = cv.wait_while(grab(m), |l| matches!(l, Latch::Open)).unwrap_or_else(PoisonError::into_inner);
                if let Latch::Value(v) = &*st {
                    return v.clone();
                }
                continue; // Broken: retry
            }
            let w: Waiter<V> = Arc::new((Mutex::new(Latch::Open), Condvar::new()));
            s.insert(key.clone(), Entry::Pending(Arc::clone(&w)));
            break w;
        };

        let outcome = panic::catch_unwind(AssertUnwindSafe(|| loader(&key)));
        let stamp = self.clock.now();
        {
            let mut s = grab(shard);
            s.remove(&key);
            if let Ok(v) = &outcome {
                if self.ttl > 0 {
                    s.insert(key.clone(), Entry::Ready(v.clone(), stamp.saturating_add(self.ttl)));
                }
            }
        }
        let (m, cv) = &*latch;
        *grab(m) = match &outcome {
            Ok(v) => Latch::Value(v.clone()),
            Err(_) => Latch::Broken,
        };
        cv.notify_all();
        match outcome {
            Ok(v) => v,
            Err(payload) => panic::resume_unwind(payload),
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut s = grab(self.shard(key));
        if let Some(Entry::Ready(..)) = s.get(key) {
            s.remove(key);
        }
    }
}
