// learner: slow
// idiom: Mojo: same in-flight engine, but keeps the table "compact": every call first sweeps expired entries out of the whole map with retain
// why: the retain sweep visits all n cached keys on every get/get_or_load/invalidate: O(n) per call instead of O(1) expected

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

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

enum Flight<V> {
    Loading,
    Done(V),
    Failed,
}

struct InFlight<V> {
    state: Mutex<Flight<V>>,
    ready: Condvar,
}

enum Slot<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<InFlight<V>>),
}

#[inline(always)]
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    map: Mutex<HashMap<K, Slot<V>>>,
}

/// Publishes the load's outcome when dropped; if the loader never produced a
/// value (it panicked), frees the key and tells the waiters to retry.
struct Publish<'a, K: Eq + Hash, V> {
    map: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    flight: &'a Arc<InFlight<V>>,
    armed: bool,
}

impl<K: Eq + Hash, V> Drop for Publish<'_, K, V> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        {
            let mut m = lock(self.map);
            if let Some(Slot::Loading(f)) = m.get(self.key) {
                if Arc::ptr_eq(f, self.flight) {
                    m.remove(self.key);
                }
            }
        }
        *lock(&self.flight.state) = Flight::Failed;
        self.flight.ready.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, map: Mutex::new(HashMap::new()) }
    }

    /// drop everything that has expired, so the table never holds dead rows
    #[inline(always)]
    fn sweep(&self, m: &mut HashMap<K, Slot<V>>) {
        let now = self.clock.now();
        m.retain(|_, s| match s {
            Slot::Fresh { expires_at, .. } => now < *expires_at,
            Slot::Loading(_) => true,
        });
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let mut m = lock(&self.map);
        self.sweep(&mut m);
        match m.get(key) {
            Some(Slot::Fresh { value, expires_at }) if self.clock.now() < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let flight = loop {
            let mut m = lock(&self.map);
            self.sweep(&mut m);
            let waiting_on = match m.get(&key) {
                Some(Slot::Fresh { value, expires_at }) if self.clock.now() < *expires_at => {
                    return value.clone();
                }
                Some(Slot::Loading(f)) => Some(Arc::clone(f)),
                _ => None,
            };
            match waiting_on {
                Some(f) => {
                    drop(m);
                    let st = lock(&f.state);
                    let st = f.ready.wait_while(st, |s| matches!(s, Flight::Loading)).unwrap_or_else(PoisonError::into_inner);
                    if let Flight::Done(v) = &*st {
                        return v.clone();
                    }
                    // Failed: go round, someone (maybe us) loads again
                }
                None => {
                    let f = Arc::new(InFlight { state: Mutex::new(Flight::Loading), ready: Condvar::new() });
                    m.insert(key.clone(), Slot::Loading(Arc::clone(&f)));
                    break f;
                }
            }
        };

        let mut guard = Publish { map: &self.map, key: &key, flight: &flight, armed: true };
        let value = loader(&key);
        guard.armed = false;
        drop(guard);

        let t = self.clock.now();
        {
            let mut m = lock(&self.map);
            if self.ttl > 0 {
                m.insert(key.clone(), Slot::Fresh { value: value.clone(), expires_at: t.saturating_add(self.ttl) });
            } else {
                m.remove(&key);
            }
        }
        *lock(&flight.state) = Flight::Done(value.clone());
        flight.ready.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut m = lock(&self.map);
        self.sweep(&mut m);
        if let Some(Slot::Fresh { .. }) = m.get(key) {
            m.remove(key);
        }
    }
}
